(import 'stackc/stackc.libsonnet').alertmanager({ namespace: 'm', route: { receiver: 'null', routes: ['x'] } }).secret
