local s = 'Grüße, 世界! 🌍';
{
  each: [s[i] for i in std.range(0, std.length(s) - 1)],
  len: std.length(s),
  ascii_index: 'abc'[1],
  emoji: s[std.length(s) - 1],
}
