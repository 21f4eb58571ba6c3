// Element bodies of a comprehension are evaluated lazily.
local arr = [if x == 2 then error 'two' else x * 10 for x in [1, 2, 3]];
{
  first: arr[0],
  last: arr[2],
  len: std.length(arr),
}
