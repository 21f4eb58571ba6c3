local r = import 'stackc/relabel.libsonnet';
r.replace(['a'], '')
