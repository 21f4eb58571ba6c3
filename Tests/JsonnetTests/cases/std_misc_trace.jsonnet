{
  value: std.trace("message", {a: 1}),
  lazyLength: std.length(std.trace("m", [1, 2])),
  nested: std.trace(std.trace("inner", "outer"), 3),
  named: std.trace(rest=2, str="n"),
  unicode: std.trace("é\n日本", "ok"),
}
