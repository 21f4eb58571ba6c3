local o = {a: 1, b:: 2, c::: 3, d: error "lazy"} + {a:: 4};
{
  has: [std.objectHas(o, k) for k in ["a", "b", "c", "d", "z"]],
  hasAll: [std.objectHasAll(o, k) for k in ["a", "b", "c", "d", "z"]],
  hasEx: [std.objectHasEx(o, "b", true), std.objectHasEx(o, "b", false), std.objectHasEx(obj=o, fname="c", hidden=false)],
  named: [std.objectHas(f="a", o={a: 1}), std.objectHasAll(o={a:: 1}, f="a")],
  inherit: [std.objectHas({a:: 1} + {a: 2}, "a"), std.objectHas({a:: 1} + {a+: 2}, "a"), std.objectHas({a: 1} + {a::: 2}, "a")],
}
