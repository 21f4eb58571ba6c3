// Strings in manifestYamlDoc: always double-quoted JSON-style (even ones YAML would read as
// other types), except strings ending in a newline, which become `|` block scalars.
local strs = ['yes', 'no', 'on', 'off', 'true', 'null', '~', '1e3', '0755', '0x1F', '12:30', '2001-01-01', '',
              ' lead', 'trail ', 'a: b', '#c', 'a #b', '- x', '---', '...', '&a', '*a', '!a', '%', '@', '`', '|', '>',
              'é', '日本語', '😀', '\t', '\u0001', '\u007f', '\u0085', '\u2028', '"', '\\', "'",
              'a\nb', 'a\n', '\n', '\n\n', 'a\n\nb\n', ' a\nb\n', 'a \nb\n', 'x\r\n', 'line1\nline2\nline3\n'];
{
  top: [std.manifestYamlDoc(s) for s in strs],
  inArray: std.manifestYamlDoc(strs),
  inObject: std.manifestYamlDoc({ ['k%02d' % i]: strs[i] for i in std.range(0, std.length(strs) - 1) }),
  nested: std.manifestYamlDoc({ a: { b: ['x\ny\n', { c: 'p\n\nq\n' }, ['deep\n']] } }),
  nestedIndented: std.manifestYamlDoc({ a: { b: ['x\ny\n', { c: 'p\n\nq\n' }, ['deep\n']] } }, true),
}
