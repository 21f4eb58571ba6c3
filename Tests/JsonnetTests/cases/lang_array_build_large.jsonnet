local big = std.makeArray(1000, function(i) i);
local doubled = big + big;
{
  length: std.length(doubled),
  first_last: [doubled[0], doubled[999], doubled[1000], doubled[1999]],
  sum: std.foldl(function(a, b) a + b, big, 0),
  slice: doubled[995:1005],
}
