(import 'stackc/stackc.libsonnet').prometheus('monitoring')
