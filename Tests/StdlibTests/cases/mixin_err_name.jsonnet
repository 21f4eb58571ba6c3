local m = import 'stackc/mixin.libsonnet';
m.prometheusRule({}, 'My_Rules', 'ns')
