local r = import 'stackc/relabel.libsonnet';
r.hashmod(['a'], 1.5, 'b')
