(import 'stackc/stackc.libsonnet').prometheus({ namespace: 'm', replicas: 0 }).prometheus
