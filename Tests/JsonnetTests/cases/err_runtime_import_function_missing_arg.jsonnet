local make = import 'lib/err_returns_function.libsonnet';
make()
