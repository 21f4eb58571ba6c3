// std.sort with and without keyF, and set operations.
local n = 200000;
local xs = [(i * 7919) % n for i in std.range(1, n)];
local sorted = std.sort(xs);
local byKey = std.sort([{ k: (i * 31) % 1000, i: i } for i in std.range(1, n / 2)], keyF=function(o) o.k);
local a = std.set(xs);
local b = std.set([x * 2 for x in xs]);
[sorted[0], sorted[n - 1], byKey[0].k, std.length(std.setInter(a, b)), std.length(std.setUnion(a, b)), std.length(std.setDiff(a, b))]
