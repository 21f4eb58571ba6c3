{
  values: std.objectValues({b: 2, a: 1, h:: 3, c: [1]}),
  valuesAll: std.objectValuesAll({b: 2, a: 1, h:: 3}),
  kv: std.objectKeysValues({b: 2, a: {x: 1}, h:: 3}),
  kvAll: std.objectKeysValuesAll({b: 2, a: 1, h:: 3}),
  empty: [std.objectValues({}), std.objectKeysValuesAll({})],
  lazy: [std.length(std.objectValues({a: error "x", b: 1})), std.objectKeysValues({a: error "x"})[0].key],
  selfRef: std.objectValues({a: 1, b: self.a + 1} + {a: 10}),
  named: std.objectValues(o={z: 0}),
}
