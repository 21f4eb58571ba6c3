{
  escapes: std.parseJson('"\\"\\\\\\/\\b\\f\\n\\r\\t"'),
  unicode: std.parseJson('"\\u00e9\\u263A日本"'),
  pair: std.parseJson('"\\ud83d\\ude00"'),
  loneHigh: std.parseJson('"\\ud83d"'),
  loneLow: std.parseJson('"\\ude00x"'),
  badPair: std.parseJson('"\\ud83d\\u0041"'),
  nul: std.parseJson('"a\\u0000b"'),
  keys: std.objectFields(std.parseJson('{"\\u00e9": 1, "": 2, "a b": 3}')),
}
