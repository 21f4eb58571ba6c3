local m = import 'stackc/mixin.libsonnet';
m.dashboardConfigMaps({}, '')
