local m = import 'stackc/mixin.libsonnet';
local mx = (import 'stackc/mixins/prometheus.libsonnet')({});
{
  rule: m.prometheusRule(mx, 'prometheus-rules', 'monitoring', { role: 'alert-rules' }),
  dashboards: m.dashboardConfigMaps(mx, 'monitoring'),
  dashboardModels: mx.grafanaDashboards,
}
