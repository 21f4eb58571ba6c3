{
  lambda: std.isFunction(function(x) x),
  std: std.isFunction(std.length),
  not_func: [std.isFunction(1), std.isFunction('f'), std.isFunction({}), std.isFunction([])],
  type: std.type(function() null),
  type_std: std.type(std.map),
}
