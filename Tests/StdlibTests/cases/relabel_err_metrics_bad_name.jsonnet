local r = import 'stackc/relabel.libsonnet';
r.dropMetrics(['up', ''])
