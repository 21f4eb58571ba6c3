// +: uses the ordinary + operator, so string + number concatenates.
local base = { s: 'n=', n: 1, sa: 'x' };
base + { s+: 42, n+: '!', sa+: [1] }
