local o = {b: 1, a:: 2, c::: 3, "é": 4, "B": 5, "": 6} + {d: 7, b:: 8};
{
  fields: std.objectFields(o),
  all: std.objectFieldsAll(o),
  ex: [std.objectFieldsEx(o, false), std.objectFieldsEx(o, true), std.objectFieldsEx(obj=o, hidden=true)],
  empty: [std.objectFields({}), std.objectFieldsAll({})],
  lazy: std.objectFields({a: error "not evaluated"}),
  unicode: std.objectFields({"\uffff": 1, "😀": 2, "z": 3, "é": 4}),
  named: std.objectFieldsAll(o={x:: 1}),
  std: [std.objectFields(std), std.objectHasAll(std, "thisFile"), std.objectHas(std, "length")],
}
