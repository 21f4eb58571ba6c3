{
  strings: std.join(', ', ['a', 'b', 'c']),
  empty_sep: std.join('', ['x', 'y']),
  single: std.join('-', ['only']),
  empty_list: std.join('-', []),
  arrays: std.join([0], [[1, 2], [3], []]),
  arrays_empty_sep: std.join([], [[1], [2, 3]]),
  unicode_sep: std.join('✓', ['a', 'b']),
  with_empty_strings: std.join(',', ['', 'a', '']),
}
