{
  a: 1, /* start of a comment
  b: 2,
}
