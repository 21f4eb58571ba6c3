local stackc = import 'stackc/stackc.libsonnet';
stackc.blackboxExporter({
  namespace: 'monitoring',
  probes: {
    site: { module: 'http_2xx', targets: ['https://example.com', 'https://example.org'] },
    db: { module: 'tcp_connect', targets: ['db.internal:5432'], interval: '1m' },
  },
})
