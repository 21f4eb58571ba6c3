(import 'stackc/mixins/kubernetes.libsonnet')({ rolloutStuckFor: 'soon' }).prometheusAlerts
