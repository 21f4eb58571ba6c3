local lib = import 'lib/err_raises.libsonnet';
[lib.typed('x'), lib.typed({})]
