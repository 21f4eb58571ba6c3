local r = import 'stackc/relabel.libsonnet';
r.toPrometheus({ sourceLabels: ['a'], target: 'b' })
