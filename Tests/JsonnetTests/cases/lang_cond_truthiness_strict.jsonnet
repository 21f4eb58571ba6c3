// Conditions compare explicitly; values are tested by equality, not truthiness.
local vals = [0, 1, '', 'x', [], null];
{
  is_zero: [v == 0 for v in vals],
  is_empty_string: [v == '' for v in vals],
  is_null: [v == null for v in vals],
  picked: [if v == null then 'null' else std.type(v) for v in vals],
}
