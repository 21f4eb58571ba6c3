local lib = import 'lib/err_unknown_var.libsonnet';
{ result: lib }
