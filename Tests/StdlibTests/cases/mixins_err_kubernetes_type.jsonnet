(import 'stackc/mixins/kubernetes.libsonnet')({ runbookBase: 1 }).prometheusAlerts
