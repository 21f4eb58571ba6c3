std.deepJoin(["a", [null]])
