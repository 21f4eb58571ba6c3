(import 'stackc/stackc.libsonnet').blackboxExporter({ namespace: 'm', probes: { x: { module: 'icmp', targets: [] } } })['probe-x']
