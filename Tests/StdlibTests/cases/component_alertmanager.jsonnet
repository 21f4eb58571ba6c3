// Defaults: the 'null' receiver.
(import 'stackc/components/alertmanager.libsonnet')({ namespace: 'monitoring' })
