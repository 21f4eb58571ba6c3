local v = null;
{ n: std.length(v) }
