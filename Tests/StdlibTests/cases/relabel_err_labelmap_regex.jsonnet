local r = import 'stackc/relabel.libsonnet';
r.labelmap(null)
