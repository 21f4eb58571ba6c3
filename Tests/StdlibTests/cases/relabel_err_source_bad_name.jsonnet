local r = import 'stackc/relabel.libsonnet';
r.replace(['ok', 'not-ok'], 'x')
