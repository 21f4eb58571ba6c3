{
  alias: std.parseYaml('base: &b {x: 1, y: 2}\nd:\n  <<: *b\n  y: 3'),
  list: std.parseYaml('d:\n  <<: [{a: 1}, {a: 2, b: 2}]\n  c: 3'),
  laterMerge: std.parseYaml('{a: 1, <<: {a: 2}}'),
  anchors: std.parseYaml('a: &x 1\nb: *x\nc: &x 2\nd: *x'),
}
