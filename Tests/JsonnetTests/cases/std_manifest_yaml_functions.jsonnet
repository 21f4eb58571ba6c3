// go-jsonnet quirk: manifestYamlDoc writes a function as nothing at all instead of failing.
[
  std.manifestYamlDoc(function(x) x),
  std.manifestYamlDoc({ a: [{ b: function(x) x }], c: std.length }),
  std.manifestYamlDoc([function(x) x, 1, [function(x) x]]),
  std.manifestYamlStream([function(x) x, 1]),
]
