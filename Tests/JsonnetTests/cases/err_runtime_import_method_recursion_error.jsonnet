local lib = import 'lib/err_raises.libsonnet';
lib.countdown(2)
