local lib = import 'lib/err_imports_missing.libsonnet';
lib.x
