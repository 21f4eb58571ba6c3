{
  missing: std.native("nope"),
  type: std.type(std.native("nope")),
  named: std.native(x="other"),
}
