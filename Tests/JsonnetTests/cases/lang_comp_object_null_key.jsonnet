// A null key in an object comprehension omits that entry.
{
  some_null: { [if x % 2 == 0 then std.toString(x) else null]: x for x in std.range(1, 6) },
  all_null: { [null]: x for x in [1, 2] },
}
