(import 'lib/err_lex_error.libsonnet').msg
