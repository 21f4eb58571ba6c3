(import 'stackc/mixins/prometheus.libsonnet')({ runbookbase: 'x' }).prometheusAlerts
