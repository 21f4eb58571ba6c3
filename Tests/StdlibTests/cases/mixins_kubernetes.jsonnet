local m = import 'stackc/mixin.libsonnet';
local mx = (import 'stackc/mixins/kubernetes.libsonnet')({});
{
  rule: m.prometheusRule(mx, 'kubernetes-rules', 'monitoring', { role: 'alert-rules' }),
  dashboards: m.dashboardConfigMaps(mx, 'monitoring'),
  dashboardModels: mx.grafanaDashboards,
}
