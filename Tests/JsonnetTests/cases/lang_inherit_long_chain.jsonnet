local step(i) = { count: super.count + 1, ['s' + i]: i, total: super.total + i };
local start = { count: 0, total: 0 };
local result = std.foldl(function(acc, i) acc + step(i), std.range(1, 12), start);
{
  count: result.count,
  total: result.total,
  fields: std.length(std.objectFields(result)),
  s7: result.s7,
}
