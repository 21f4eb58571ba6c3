local a = [1, 2];
{
  simple: a + [3],
  empty_left: [] + a,
  empty_right: a + [],
  both_empty: [] + [],
  nested: [[1]] + [[2]],
  chain: [1] + [2] + [3] + [4],
  original_unchanged: a,
  with_objects: [{ x: 1 }] + [{ y: 2 }],
  length: std.length(a + a + a),
}
