std.setInter([0, 5], [0, "a"])
