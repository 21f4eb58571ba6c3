(import 'lib/err_self_ref.libsonnet')
