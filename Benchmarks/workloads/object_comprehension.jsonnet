// Object comprehensions with computed names, then field access by name.
local n = 50000;
local o = { ['key' + i]: { v: i, sq: i * i } for i in std.range(1, n) };
local keys = std.objectFields(o);
std.foldl(function(acc, k) acc + o[k].v, keys, 0) + std.length(keys)
