(import 'stackc/mixins/alertmanager.libsonnet')({ runbookBase: 1 }).prometheusAlerts
