local stackc = import 'stackc/stackc.libsonnet';
{
  default: stackc.nodeExporter({ namespace: 'monitoring' }),
  custom: stackc.nodeExporter({
    namespace: 'monitoring', port: 9101, interval: '30s', extraArgs: ['--collector.systemd'],
    relabelings: [stackc.relabel.labeldrop('pod')],
    metricRelabelings: [stackc.relabel.dropMetrics(['node_scrape_collector_.*'])],
    prometheusNamespace: 'observability',
  }),
}
