local fmt = '%s=%d';
{
  local_fmt: fmt % ['a', 1],
  concat: ('%s' % 'a') + ('%s' % 'b'),
  nested: '%s' % ('%d' % 5),
  in_comprehension: ['%02d' % i for i in std.range(1, 5)],
  join: std.join(',', ['%x' % i for i in [10, 11, 255]]),
  std_format: std.format('%s-%s', ['x', 'y']),
  named_args: std.format(vals=[1], str='%03d'),
  many: std.format(std.join('', ['%s' for i in std.range(1, 20)]), std.range(1, 20)),
}
