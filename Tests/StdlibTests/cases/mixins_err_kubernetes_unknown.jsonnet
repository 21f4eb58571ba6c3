(import 'stackc/mixins/kubernetes.libsonnet')({ runbookbase: 'x' }).prometheusAlerts
