local r = import 'stackc/relabel.libsonnet';
r.hashmod(['a'], 4, '1abc')
