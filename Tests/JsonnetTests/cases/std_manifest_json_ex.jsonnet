// std.manifestJsonEx: indent, newline and key/value separator, positional and named.
local v = { a: [1, 2, { b: [] }], c: {}, d: 'x' };
[
  std.manifestJsonEx(v, '  '),
  std.manifestJsonEx(v, '\t', '\r\n'),
  std.manifestJsonEx(v, '', '', ':'),
  std.manifestJsonEx(v, 'ab', ' ', ' = '),
  std.manifestJsonEx(v, indent='  ', key_val_sep=' => '),
  std.manifestJsonEx(value=[[], {}], indent='', newline='NL'),
  std.manifestJsonEx([], ''),
  std.manifestJsonEx({}, '  '),
]
