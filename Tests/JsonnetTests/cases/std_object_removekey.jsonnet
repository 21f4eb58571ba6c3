local o = {a: 1, b:: 2, c::: 3, d: self.a + 10};
{
  basic: std.objectRemoveKey(o, "c"),
  fieldsAll: std.objectFieldsAll(std.objectRemoveKey(o, "a")),
  missingKey: std.objectRemoveKey({x: 1}, "z"),
  lateBound: std.objectRemoveKey(o, "c") + {a: 100},
  hiddenStays: std.objectRemoveKey({a: 1} + {a:: 2}, "z"),
  inheritVisibility: {a:: 0} + std.objectRemoveKey({a: 1, b: 2}, "b"),
  lazy: std.objectRemoveKey({a: 1, b: error "removed, never evaluated"}, "b"),
  extendAfter: std.objectRemoveKey({a: 1, b: 2}, "a") + {a+: 3},
  leftSide: {a: 0} + std.objectRemoveKey({a: 1, b: 2}, "a"),
  twice: std.objectRemoveKey(std.objectRemoveKey({a: 1, b: 2, c: 3}, "a"), "b"),
  named: std.objectRemoveKey(key="k", obj={k: 1, v: 2}),
  big: std.objectFields(std.objectRemoveKey({[std.toString(i)]: i for i in std.range(0, 12)}, "7")),
}
