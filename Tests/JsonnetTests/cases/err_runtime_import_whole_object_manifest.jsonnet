import 'lib/err_raises.libsonnet'
