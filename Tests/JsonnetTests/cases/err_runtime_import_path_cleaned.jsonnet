import './lib/../lib/./error_in_field.libsonnet'
