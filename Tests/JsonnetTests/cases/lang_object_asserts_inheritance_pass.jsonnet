// Asserts from every layer run against the final object; all pass here.
local a = { assert self.n >= 0, n: 0 };
local b = a + { assert self.n < 100 : 'too big', n: super.n + 50 };
local c = b + { assert std.isNumber(self.n), label: 'n=' + self.n };
{ b: b, c: c, c_n: c.n }
