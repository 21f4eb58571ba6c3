// The dev cluster: one small Prometheus, all alerts to a single webhook.
local platform = import '../../platform/platform.libsonnet';
local relabel = import 'stackc/relabel.libsonnet';

platform({
  name: 'dev',
  prometheus: { replicas: 1, retention: '2d', resources: { requests: { memory: '200Mi' } } },
  alertmanager: {
    replicas: 1,
    receivers: [
      { name: 'null' },
      { name: 'dev-webhook', webhook_configs: [{ url: 'http://alert-sink.dev.svc:8080/alerts' }] },
    ],
    route: {
      receiver: 'dev-webhook',
      group_by: ['alertname', 'namespace'],
      group_wait: '30s',
      group_interval: '5m',
      repeat_interval: '4h',
      routes: [{ receiver: 'null', matchers: ['alertname = Watchdog'] }],
    },
  },
  blackboxExporter: {
    probes: { 'dev-ingress': { module: 'http_2xx', targets: ['https://dev.example.com/healthz'] } },
  },
  // Dev nodes are preemptible: keep the pool name as a label.
  nodeRelabelings: [
    relabel.replace(['__meta_kubernetes_pod_node_name'], 'node_pool', '([a-z]+)-.*'),
  ],
})
