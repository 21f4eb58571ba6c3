{
  plain: @"hello",
  backslashes: @"a\b\\c",
  doubled_quote: @"say ""hi""",
  sq_inside: @"it's",
  escape_not_processed: @"\n",
  backslash_then_quote: @"\""",
  empty: @"",
  eq: @"x" == 'x',
  regexish: @"^\d+\.\d*$",
}
