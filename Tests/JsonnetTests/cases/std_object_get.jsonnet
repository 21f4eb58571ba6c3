local o = {a: 1, h:: 2, n: null};
{
  present: [std.get(o, "a"), std.get(o, "h"), std.get(o, "n", 5)],
  missing: [std.get(o, "z"), std.get(o, "z", "d"), std.get(o, "z", default=[1])],
  hidden: [std.get(o, "h", inc_hidden=false), std.get(o, "h", "d", false), std.get(o, "h", inc_hidden=true)],
  lazyDefault: std.get(o, "a", error "default not used"),
  lazyField: std.get({a: error "x", b: 1}, "b"),
  named: std.get(f="a", o=o),
}
