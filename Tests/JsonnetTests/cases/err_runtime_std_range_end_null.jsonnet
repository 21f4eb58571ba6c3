local n = null;
std.range(1, n)
