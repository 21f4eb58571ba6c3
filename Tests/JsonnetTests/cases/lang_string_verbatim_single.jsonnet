{
  plain: @'hello',
  backslashes: @'C:\path\to\file',
  doubled_quote: @'it''s',
  only_quotes: @'''''',
  escape_not_processed: @'\n\t\u0041',
  dq_inside: @'say "hi"',
  len: std.length(@'\n'),
  multiline: @'line1
line2',
}
