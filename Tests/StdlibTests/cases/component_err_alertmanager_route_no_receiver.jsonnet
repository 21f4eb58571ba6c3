(import 'stackc/stackc.libsonnet').alertmanager({ namespace: 'm', route: { group_by: ['alertname'] } }).secret
