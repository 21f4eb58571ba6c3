local inner = import 'err_chain_inner.libsonnet';
{
  wrap(v):: '[' + inner.value(v) + ']',
}
