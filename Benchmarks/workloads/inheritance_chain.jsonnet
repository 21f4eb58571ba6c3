// Inheritance chains: every layer extends a field with `+:` and reads `super`; many chains
// of 150 layers (deeper chains exceed go-jsonnet's default stack of 500 frames).
local layer(i) = { value+: 1, ['f' + (i % 50)]: super.value, sum: super.sum + self.value };
local build(n, base) = std.foldl(function(acc, i) acc + layer(i), std.range(1, n), base);
local chains = [build(150, { value: k, sum: 0 }) for k in std.range(1, 1000)];
std.foldl(function(acc, c) acc + c.value + c.sum + c.f7, chains, 0)
