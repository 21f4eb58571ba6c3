(import 'stackc/stackc.libsonnet').blackboxExporter({ namespace: 'm', probes: { x: { module: 'http_3xx', targets: ['a'] } } })['probe-x']
