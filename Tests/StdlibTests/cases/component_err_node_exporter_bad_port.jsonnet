(import 'stackc/stackc.libsonnet').nodeExporter({ namespace: 'm', port: '9100' }).daemonSet
