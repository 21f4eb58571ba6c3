local m = import 'stackc/mixin.libsonnet';
m.prometheusRule({}, 'rules', 'ns', { a: 1 })
