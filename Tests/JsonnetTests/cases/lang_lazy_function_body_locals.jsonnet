local f(x) =
  local unused = error 'unused local in function';
  local used = x * 2;
  used;
{
  result: f(21),
  unused_assert_in_hidden:: { assert false },
}
