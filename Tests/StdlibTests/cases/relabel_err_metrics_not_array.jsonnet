local r = import 'stackc/relabel.libsonnet';
r.keepMetrics('up')
