// Keys can be computed from numbers via std.toString, and values reference the loop variable lazily.
local xs = std.range(1, 5);
{
  byString: { [std.toString(x)]: x for x in xs },
  lazy: { [std.toString(x)]: if x == 3 then 'three' else x for x in xs },
  keysSorted: std.objectFields({ [k]: null for k in ['b', 'a', 'C', 'c', 'B'] }),
}
