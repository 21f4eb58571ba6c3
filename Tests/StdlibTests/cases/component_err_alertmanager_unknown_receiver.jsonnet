(import 'stackc/stackc.libsonnet').alertmanager({ namespace: 'm', route: { receiver: 'null', routes: [{ receiver: 'pagr' }] } }).secret
