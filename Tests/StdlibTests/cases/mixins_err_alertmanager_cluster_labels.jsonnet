(import 'stackc/mixins/alertmanager.libsonnet')({ clusterLabels: '' }).prometheusAlerts
