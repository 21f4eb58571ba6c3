local m = import 'stackc/mixin.libsonnet';
m.prometheusRule({ prometheusAlerts: { groups: [{ name: 'g', rules: [] }] }, prometheusRules: { groups: [{ name: 'g', rules: [] }] } }, 'rules', 'ns')
