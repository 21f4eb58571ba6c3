local m = import 'stackc/mixin.libsonnet';
local mx = (import 'stackc/mixins/alertmanager.libsonnet')({});
{
  rule: m.prometheusRule(mx, 'alertmanager-rules', 'monitoring', { role: 'alert-rules' }),
  dashboards: m.dashboardConfigMaps(mx, 'monitoring'),
  dashboardModels: mx.grafanaDashboards,
}
