(import 'stackc/mixins/alertmanager.libsonnet')({ runbookbase: 'x' }).prometheusAlerts
