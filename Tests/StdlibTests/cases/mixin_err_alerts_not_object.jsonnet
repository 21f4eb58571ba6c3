local m = import 'stackc/mixin.libsonnet';
m.prometheusRule({ prometheusAlerts: [] }, 'rules', 'ns')
