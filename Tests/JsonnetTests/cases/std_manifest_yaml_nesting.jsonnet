// Layout of nested collections in manifestYamlDoc: arrays in arrays start with a lone "-",
// objects in arrays continue on the "- " line, arrays in objects are indented only with
// indent_array_in_object; empty collections are written inline.
local v = {
  a: [1, [2, [3, {}], []], { b: [4, { c: [] }], d: { e: [5] } }],
  f: { g: { h: [[6]] } },
  i: [{}],
  j: [[]],
  k: [{ x: 1, y: 2 }],
  l: [[[[]]], [[{ m: [[]] }]]],
};
[
  std.manifestYamlDoc(v),
  std.manifestYamlDoc(v, true),
  std.manifestYamlDoc([[1, 2], [3, [4]]]),
  std.manifestYamlDoc([]),
  std.manifestYamlDoc({}),
  std.manifestYamlDoc([[]]),
  std.manifestYamlDoc(1),
  std.manifestYamlDoc(null),
  std.manifestYamlDoc(true),
]
