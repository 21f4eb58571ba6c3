(import 'stackc/stackc.libsonnet').alertmanager({ namespace: 'm', receivers: [{ name: 'a' }, { name: 'a' }], route: { receiver: 'a' } }).secret
