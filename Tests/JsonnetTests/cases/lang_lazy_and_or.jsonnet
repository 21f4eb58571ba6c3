{
  and: false && error 'skipped',
  or: true || error 'skipped',
  nested: (false && error 'a') || (true || error 'b'),
}
