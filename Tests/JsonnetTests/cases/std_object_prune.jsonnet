{
  basic: std.prune({a: null, b: [], c: {}, d: [null, [], {}, 1], e: {x: null}, f:: null, g:: 1, h: 0, i: "", j: false}),
  nested: std.prune([[[null]], [{a: {b: []}}], {k: [null, {v: 1}]}]),
  scalars: [std.prune(null), std.prune(1), std.prune("s"), std.prune(true)],
  functions: std.type(std.prune({f: function(x) x}).f),
  hiddenDropped: std.objectFieldsAll(std.prune({a:: 1, b: 2})),
  inheritedHidden: std.prune({a: 1} + {a:: 2}),
  empty: [std.prune([]), std.prune({}), std.prune([null, null])],
  named: std.prune(a=[null, 1]),
}
