local a = ['zero', 'one', 'two', 'three'];
{
  first: a[0],
  last: a[3],
  computed: a[1 + 2],
  float_index: a[1.0],
  nested: [[1, 2], [3, 4]][1][0],
  literal: [10, 20, 30][2],
  from_call: std.range(5, 10)[3],
}
