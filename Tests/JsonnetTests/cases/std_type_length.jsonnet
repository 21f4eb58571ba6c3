{
  strings: [std.length(""), std.length("abc"), std.length("héllo"), std.length("日本語"), std.length("😀x")],
  arrays: [std.length([]), std.length([null]), std.length([error "lazy", 2])],
  objects: [std.length({}), std.length({a: 1, b:: 2, c::: 3}), std.length({a: 1} + {a:: 2}), std.length({a:: 1} + {a+: 2}), std.length({a: error "x"})],
  functions: [std.length(function() 0), std.length(function(a, b=1) 0), std.length(std.length), std.length(std.get), std.length(std.mergePatch), std.length(std.mapWithKey)],
  named: std.length(x=[1, 2]),
}
