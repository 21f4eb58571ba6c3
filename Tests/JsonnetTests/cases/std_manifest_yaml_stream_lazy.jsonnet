// manifestYamlStream is written in Jsonnet in go-jsonnet: options are only evaluated when
// needed (quote_keys and indent_array_in_object not at all for an empty stream).
[
  std.manifestYamlStream([], error 'indent', true, error 'quote'),
  std.manifestYamlStream([], 1, true, 2),
]
