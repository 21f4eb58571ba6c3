// std.makeArray and std.map produce lazily evaluated elements.
local made = std.makeArray(4, function(i) if i == 1 then error 'idx 1' else i * i);
local mapped = std.map(function(x) if x == 'boom' then error 'boom' else x + '!', ['a', 'boom', 'c']);
{
  made: [made[0], made[2], made[3]],
  mapped: [mapped[0], mapped[2]],
  lengths: [std.length(made), std.length(mapped)],
}
