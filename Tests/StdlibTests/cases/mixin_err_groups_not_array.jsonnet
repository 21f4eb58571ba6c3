local m = import 'stackc/mixin.libsonnet';
m.prometheusRule({ prometheusAlerts: { groups: {} } }, 'rules', 'ns')
