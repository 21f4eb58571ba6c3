(import 'stackc/stackc.libsonnet').prometheus({ namespace: 'm', replica: 2 }).prometheus
