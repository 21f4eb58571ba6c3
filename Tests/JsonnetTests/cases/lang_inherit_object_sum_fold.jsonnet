// Summing a list of objects with foldl merges them left to right.
local parts = [{ a: 1 }, { b: 2 }, { a: 10, c: 3 }, { d+: [1] }, { d+: [2] }];
std.foldl(function(acc, o) acc + o, parts, {})
