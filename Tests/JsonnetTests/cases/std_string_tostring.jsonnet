{
  string: std.toString("héllo"),
  number: std.toString(1.5),
  big: std.toString(1e20),
  neg: std.toString(-0),
  bool: std.toString(true),
  null: std.toString(null),
  array: std.toString([1, "a", [null], {}]),
  object: std.toString({ b: 1, a: [2], h:: 3 }),
  named: std.toString(a=[1]),
}
