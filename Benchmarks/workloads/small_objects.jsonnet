// Many small objects with self references and field lookups.
local mk(i) = { id: i, name: 'obj-' + i, double: self.id * 2, meta: { idx: i, even: i % 2 == 0 } };
local objs = [mk(i) for i in std.range(1, 100000)];
std.foldl(function(acc, o) acc + o.double + (if o.meta.even then o.meta.idx else 0), objs, 0)
