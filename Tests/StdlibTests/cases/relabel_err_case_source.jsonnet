local r = import 'stackc/relabel.libsonnet';
r.lowercase([1], 'b')
