local m = import 'stackc/mixin.libsonnet';
local mx = (import 'stackc/mixins/node.libsonnet')({});
{
  rule: m.prometheusRule(mx, 'node-rules', 'monitoring', { role: 'alert-rules' }),
  dashboards: m.dashboardConfigMaps(mx, 'monitoring'),
  dashboardModels: mx.grafanaDashboards,
}
