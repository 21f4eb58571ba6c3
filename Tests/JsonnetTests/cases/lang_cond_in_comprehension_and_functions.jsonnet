local choose(flag) = if flag then function(x) x + 1 else function(x) x - 1;
{
  returns_function: [choose(true)(10), choose(false)(10)],
  in_field_value: { [k]: if k == 'a' then 1 else 2 for k in ['a', 'b'] },
  cond_object_plus: { base: 1 } + (if true then { extra: 2 } else {}),
  null_when_false: [if x > 1 then x for x in [1, 2, 3]],
}
