// A long inheritance chain where every layer reads super, and lookups through it.
local layer(i) = { value+: 1, ['f' + (i % 50)]: super.value, sum: super.sum + self.value };
local base = { value: 0, sum: 0 };
local chain = std.foldl(function(acc, i) acc + layer(i), std.range(1, 6000), base);
[chain.value, chain.sum, chain.f7]
