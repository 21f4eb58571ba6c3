local r = import 'stackc/relabel.libsonnet';
r.hashmod(['a'], 0, 'b')
