local m = import 'stackc/mixin.libsonnet';
m.dashboardConfigMaps({ grafanaDashboards: [] }, 'ns')
