{
  string: std.length('hello'),
  unicode_string: std.length('日本😀'),
  empty_string: std.length(''),
  array: std.length([1, [2, 3], 4]),
  object: std.length({ a: 1, b: 2, h:: 3 }),
  func: std.length(function(a, b) a),
}
