local r = import 'stackc/relabel.libsonnet';
r.drop([], 'x')
