local r = import 'stackc/relabel.libsonnet';
r.keepEqual(['a'], 'x-y')
