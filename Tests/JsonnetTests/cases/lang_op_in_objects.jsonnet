local o = { a: 1, h:: 2, v::: 3 };
{
  visible: 'a' in o,
  hidden: 'h' in o,
  forced: 'v' in o,
  missing: 'z' in o,
  computed: ('a' + '') in o,
  inherited: 'a' in (o + { b: 2 }),
  empty: 'a' in {},
  null_value: 'n' in { n: null },
  not_in: !('z' in o),
}
