// Tail-recursive loops with tailstrict: 20 loops of 10^5 iterations (deeper single loops
// overflow go-jsonnet's and jrsonnet's native stacks).
local loop(i, acc) = if i == 0 then acc else loop(i - 1, acc + i % 7) tailstrict;
std.foldl(function(sum, k) sum + loop(100000, k), std.range(1, 20), 0)
