std.extVar(["a"])
