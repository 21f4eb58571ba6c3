(import 'stackc/mixins/prometheus.libsonnet')({ runbookBase: 1 }).prometheusAlerts
