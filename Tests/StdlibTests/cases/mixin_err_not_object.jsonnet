local m = import 'stackc/mixin.libsonnet';
m.prometheusRule([], 'x', 'ns')
