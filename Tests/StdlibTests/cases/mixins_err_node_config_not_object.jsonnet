(import 'stackc/mixins/node.libsonnet')([]).prometheusAlerts
