local m = import 'stackc/mixin.libsonnet';
m.prometheusRule({}, 'rules', 'my.ns')
