{
  a: 1,  // CRLF line endings
  b: |||
    text
  |||,
}
