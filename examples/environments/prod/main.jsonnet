// The prod cluster: HA Prometheus with remote write, critical alerts paged, the rest to chat.
local platform = import '../../platform/platform.libsonnet';
local relabel = import 'stackc/relabel.libsonnet';

platform({
  name: 'prod',
  runbookBase: 'https://runbooks.example.com/prod/',
  prometheus: {
    replicas: 2,
    retention: '30d',
    resources: { requests: { cpu: '1', memory: '8Gi' }, limits: { memory: '12Gi' } },
    storage: {
      volumeClaimTemplate: {
        spec: { storageClassName: 'ssd', resources: { requests: { storage: '200Gi' } } },
      },
    },
    remoteWrite: [{ url: 'https://metrics.example.com/api/v1/write' }],
  },
  alertmanager: {
    replicas: 3,
    global: { resolve_timeout: '5m' },
    receivers: [
      { name: 'null' },
      { name: 'pager', pagerduty_configs: [{ routing_key_file: '/etc/alertmanager/secrets/pagerduty/key' }] },
      { name: 'chat', slack_configs: [{ api_url_file: '/etc/alertmanager/secrets/slack/url', channel: '#prod-alerts', send_resolved: true }] },
    ],
    route: {
      receiver: 'chat',
      group_by: ['alertname', 'namespace'],
      group_wait: '30s',
      group_interval: '5m',
      repeat_interval: '12h',
      routes: [
        { receiver: 'null', matchers: ['alertname = Watchdog'] },
        { receiver: 'pager', matchers: ['severity = critical'] },
      ],
    },
    inhibitRules: [{
      source_matchers: ['severity = critical'],
      target_matchers: ['severity = warning'],
      equal: ['namespace', 'alertname'],
    }],
  },
  blackboxExporter: {
    probes: {
      'public-site': { module: 'http_2xx', targets: ['https://www.example.com', 'https://api.example.com/healthz'] },
    },
  },
  nodeMetricRelabelings: [
    // Prod nodes have many virtual interfaces; their network series are not worth keeping.
    relabel.drop(['__name__', 'device'], 'node_network_.*;(veth|cali|lxc).*'),
  ],
})
