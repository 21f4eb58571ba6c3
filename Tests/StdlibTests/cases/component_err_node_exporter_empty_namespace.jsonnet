(import 'stackc/stackc.libsonnet').nodeExporter({ namespace: '' }).service
