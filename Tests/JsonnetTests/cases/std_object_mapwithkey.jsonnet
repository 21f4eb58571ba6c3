{
  basic: std.mapWithKey(function(k, v) k + "=" + v, {b: "2", a: "1", h:: "3", u::: "4"}),
  fieldsAll: std.objectFieldsAll(std.mapWithKey(function(k, v) v, {a: 1, h:: 2})),
  inheritVisibility: {a:: 0} + std.mapWithKey(function(k, v) v, {a: 1, b: 2}),
  lazyValues: std.length(std.mapWithKey(function(k, v) error "never", {a: 1})),
  lazyArg: std.mapWithKey(function(k, v) k, {a: error "unused"}),
  builtin: std.mapWithKey(std.id, {x: 1}),
  empty: std.mapWithKey(function(k, v) v, {}),
  named: std.mapWithKey(obj={a: 2}, func=function(k, v) v * 2),
}
