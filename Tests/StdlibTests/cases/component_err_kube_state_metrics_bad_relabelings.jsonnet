(import 'stackc/stackc.libsonnet').kubeStateMetrics({ namespace: 'm', metricRelabelings: {} }).serviceMonitor
