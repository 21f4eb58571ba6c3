local m = import 'stackc/mixin.libsonnet';
m.dashboardConfigMaps({ grafanaDashboards: { 'dash.json': 'x' } }, 'ns')
