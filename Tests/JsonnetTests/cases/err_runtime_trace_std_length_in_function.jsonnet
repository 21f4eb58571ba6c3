local count(x) = std.length(x);
{ total: count(42) }
