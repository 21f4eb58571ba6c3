local lib = import 'lib/err_syntax_error.libsonnet';
lib.a
