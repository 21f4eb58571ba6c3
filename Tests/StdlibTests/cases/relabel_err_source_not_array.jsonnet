local r = import 'stackc/relabel.libsonnet';
r.keep(42, 'x')
