local r = import 'stackc/relabel.libsonnet';
r.keep(['a'], 5)
