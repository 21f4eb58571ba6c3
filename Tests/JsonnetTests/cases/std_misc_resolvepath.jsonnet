{
  basic: [std.resolvePath("a/b/c", "d"), std.resolvePath("a/b/", "x"), std.resolvePath("/abs", "y")],
  noSlash: [std.resolvePath("abc", "d"), std.resolvePath("", "d")],
  doubleSlash: std.resolvePath("a//b", ""),
  nullR: [std.resolvePath("a/b", null), std.resolvePath("b", null)],
  unicode: std.resolvePath("é/ü/日本", "語"),
  named: std.resolvePath(r="lib.libsonnet", f="dir/main.jsonnet"),
}
