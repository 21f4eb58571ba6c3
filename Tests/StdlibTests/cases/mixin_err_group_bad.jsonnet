local m = import 'stackc/mixin.libsonnet';
m.prometheusRule({ prometheusRules: { groups: [{ name: 'g' }] } }, 'rules', 'ns')
