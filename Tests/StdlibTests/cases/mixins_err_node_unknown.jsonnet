(import 'stackc/mixins/node.libsonnet')({ runbookbase: 'x' }).prometheusAlerts
