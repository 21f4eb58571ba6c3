local lib = import 'lib/err_raises.libsonnet';
{
  fine: lib.ok,
  broken: lib.bad,
}
