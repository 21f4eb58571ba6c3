local s = 'aé日😀z';
{
  chars: [s[0], s[1], s[2], s[3], s[4]],
  len: std.length(s),
  last: s[std.length(s) - 1],
  computed: s[1 + 1],
  ascii: 'hello'[4],
  type: std.type('abc'[0]),
}
