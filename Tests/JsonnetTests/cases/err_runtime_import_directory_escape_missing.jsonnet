import '../cases_missing_dir/x.libsonnet'
