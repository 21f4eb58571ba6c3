(import 'stackc/mixins/node.libsonnet')({ runbookBase: 1 }).prometheusAlerts
