{
  equals: [std.equals(1, 1), std.equals(1, "1"), std.equals([1, {a: 2}], [1, {a: 2}]), std.equals({a: 1, b:: 2}, {a: 1}), std.equals(null, null), std.equals("é", "é"), std.equals(1, std.id), std.equals(x=[], y=[])],
  primitiveEquals: [std.primitiveEquals(1, 1), std.primitiveEquals(1, 2), std.primitiveEquals("a", "a"), std.primitiveEquals(null, null), std.primitiveEquals(true, false), std.primitiveEquals([], 1), std.primitiveEquals(1, {}), std.primitiveEquals(std.id, 1), std.primitiveEquals("1", 1)],
}
