local cfg = import 'lib/nope.libsonnet';
cfg.x
