{
  zero: std.length(function() 1),
  one: std.length(function(x) x),
  three: std.length(function(a, b, c) a),
  with_defaults: std.length(function(a, b=1, c=2) a),
  local_sugar: local f(p, q) = p; std.length(f),
  method: std.length({ m(a, b, c, d):: a }.m),
  std_func: std.length(std.map),
}
