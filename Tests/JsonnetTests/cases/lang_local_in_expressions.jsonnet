{
  in_array: [local a = 1; a, local b = 2; b * b],
  in_call: std.length(local s = 'abc'; s + s),
  in_cond: if (local t = true; t) then 'yes' else 'no',
  in_binary: 1 + local z = 2; z * 3,
  in_index: [10, 20, 30][local i = 2; i],
  object_value: local o = { k: 'v' }; o.k,
}
