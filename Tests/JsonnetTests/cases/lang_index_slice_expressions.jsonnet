local a = std.range(0, 20);
local n = 4;
{
  computed: a[n:n * 2],
  with_step_expr: a[n:n * 4:n],
  nested_slice: a[2:18][3:9][::2],
  on_literal: [1, 2, 3][1:],
  on_string_literal: 'abcdef'[2:4],
  slice_type: std.type('abc'[0:1]),
  slice_len: std.length(a[5:]),
}
