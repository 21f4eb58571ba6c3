std.splitLimitR("a,b", ",", -5)
