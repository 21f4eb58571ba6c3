std.objectRemoveKey({assert "a" in self : "needs a", a: 1}, "a")
