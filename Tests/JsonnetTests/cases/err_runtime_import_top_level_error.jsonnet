local lib = import 'lib/err_top_error.libsonnet';
[1, lib]
