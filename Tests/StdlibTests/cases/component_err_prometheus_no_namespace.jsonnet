(import 'stackc/components/prometheus.libsonnet')({})
