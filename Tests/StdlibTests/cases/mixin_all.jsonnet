local a = import 'stackc/alerts.libsonnet';
local r = import 'stackc/rules.libsonnet';
local m = import 'stackc/mixin.libsonnet';
local mx = {
  prometheusAlerts: { groups: [r.group('a', [a.alert('X', 'up == 0', 'warning', 's', 'd')])] },
  prometheusRules: { groups: [r.group('b', [r.record('job', 'up', 'sum', 'sum by (job) (up)', { x: 'y' })], interval='1m')] },
  grafanaDashboards: { 'my-dash.json': { title: 'T', panels: [] } },
};
{
  pr: m.prometheusRule(mx, 'my-rules', 'monitoring', { role: 'alert-rules' }),
  pr2: m.prometheusRule({}, 'empty', 'default'),
  cm: m.dashboardConfigMaps(mx, 'monitoring', { a: 'b' }),
  cm2: m.dashboardConfigMaps({}, 'monitoring'),
}
