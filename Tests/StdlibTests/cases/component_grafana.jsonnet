local stackc = import 'stackc/stackc.libsonnet';
local small = {
  grafanaDashboards: { 'small.json': { title: 'Small', uid: 'small', panels: [{ type: 'stat', title: 'Up' }] } },
};
stackc.grafana({
  namespace: 'monitoring', mixins: [small, { prometheusAlerts: { groups: [] } }],
  dashboards: { 'extra.json': { title: 'Extra', uid: 'extra', panels: [] } },
  datasources: [{ name: 'loki', type: 'loki', access: 'proxy', url: 'http://loki:3100' }],
  env: { GF_AUTH_ANONYMOUS_ENABLED: 'true' },
  extraIngress: [{ from: [{ namespaceSelector: {} }], ports: [{ port: 3000, protocol: 'TCP' }] }],
})
