{
  lt: 'a' < 'b',
  prefix: 'ab' < 'abc',
  upper_lower: 'Z' < 'a',
  empty: '' < 'a',
  eq: 'abc' == 'abc',
  ne: 'abc' != 'abd',
  ge: 'b' >= 'abc',
  le: 'abc' <= 'abc',
  gt: 'é' > 'z',
  codepoint_order: '\uffff' < '😀',
  digits: '10' < '9',
}
