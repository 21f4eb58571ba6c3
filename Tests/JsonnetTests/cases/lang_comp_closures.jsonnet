// Functions created in a comprehension capture each iteration's variable.
local adders = [function(y) x + y for x in [1, 2, 3]];
local table = { [k]: function() k + '!' for k in ['a', 'b'] };
{
  adders: [f(10) for f in adders],
  table: [table.a(), table.b()],
}
