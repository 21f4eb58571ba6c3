{
  groups: { [g]: [x for x in std.range(1, 9) if x % 3 == std.codepoint(g) - 97] for g in ['a', 'b', 'c'] },
  matrix: [{ row: r, cells: [r * c for c in [1, 2, 3]] } for r in [1, 2]],
  keys_from_objects: { [o.k]: o.v for o in [{ k: 'x', v: 1 }, { k: 'y', v: 2 }] },
}
