{
  rfc: std.mergePatch({a: "b", c: {d: "e", f: "g"}}, {a: "z", c: {f: null}}),
  nonObjectPatch: [std.mergePatch({a: 1}, 2), std.mergePatch({a: 1}, null), std.mergePatch({a: 1}, [1]), std.mergePatch(error "unused", "p")],
  nonObjectTarget: [std.mergePatch(1, {a: null, b: 1}), std.mergePatch([1], {a: {b: null}}), std.mergePatch(null, {})],
  hidden: std.mergePatch({a: 1, h:: 2, u::: 3}, {b: 2, p:: 4}),
  hiddenNested: std.mergePatch({a: {b:: 1, c: 2}}, {a: {d: 1}}),
  fieldsAll: std.objectFieldsAll(std.mergePatch({a: 1, e:: 5}, {i:: 7})),
  nullsRemoved: std.mergePatch({}, {a: null, b: {c: null, d: 1}}),
  lazyTarget: std.length(std.mergePatch({a: error "never"}, {b: 1})),
  inheritVisibility: {a:: 0} + std.mergePatch({a: 1}, {}),
  named: std.mergePatch(patch={x: 1}, target={y: 2}),
}
