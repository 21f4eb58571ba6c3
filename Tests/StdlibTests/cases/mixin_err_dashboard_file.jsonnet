local m = import 'stackc/mixin.libsonnet';
m.dashboardConfigMaps({ grafanaDashboards: { 'My Dash.json': {} } }, 'ns')
