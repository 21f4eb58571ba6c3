// TOML keys: bare when made of [A-Za-z0-9_-], '' when empty, JSON-quoted otherwise (also in
// table headers); strings JSON-escaped.
local keys = ['bare', 'with-dash', 'under_score', 'Mixed9', '123', '-', '', ' ', 'a b', 'a.b', 'é', 'a"b', "a'b", 'a\nb', '\u007f', '[x]'];
[
  std.manifestTomlEx({ [k]: k for k in keys }, '  '),
  std.manifestTomlEx({ [k]: { [k]: [{ [k]: 1 }] } for k in ['a b', '', 'x.y', 'ok'] }, '  '),
  std.manifestTomlEx({ s: std.join('', [std.char(i) for i in std.range(0, 40)]) + '\u007f\u0085\u2028é' }, ''),
]
