local outer = import 'lib/err_chain_outer.libsonnet';
{
  ok: outer.wrap('a'),
  bad: outer.wrap(5),
}
