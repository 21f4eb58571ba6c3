std.setInter([1], 1)
