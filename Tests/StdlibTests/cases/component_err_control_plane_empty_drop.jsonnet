(import 'stackc/stackc.libsonnet').kubernetesControlPlane({ namespace: 'm', apiServerDropMetrics: [] }).serviceMonitorApiServer
