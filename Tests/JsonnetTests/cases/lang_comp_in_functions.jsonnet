local zip(a, b) = [[a[i], b[i]] for i in std.range(0, std.min(std.length(a), std.length(b)) - 1)];
local invert(o) = { [std.toString(o[k])]: k for k in std.objectFields(o) };
local flatten(xss) = [x for xs in xss for x in xs];
{
  zip: zip([1, 2, 3], ['a', 'b']),
  invert: invert({ one: 1, two: 2 }),
  flatten: flatten([[1, 2], [], [3, [4]]]),
}
