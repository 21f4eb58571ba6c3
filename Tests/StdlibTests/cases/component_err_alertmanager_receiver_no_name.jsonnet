(import 'stackc/stackc.libsonnet').alertmanager({ namespace: 'm', receivers: [{ webhook_configs: [] }] }).secret
