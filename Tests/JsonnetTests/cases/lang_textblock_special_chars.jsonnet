// No escapes are processed inside a text block.
{
  raw: |||
    quotes ' and " and \n and \t
    backslash \\ and @'verbatim'
    pipes | || and %s
  |||,
  format: |||
    name=%(name)s
    n=%(n)d
  ||| % { name: 'x', n: 3 },
}
