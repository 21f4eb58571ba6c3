#!/usr/bin/env jsonnet  (a shebang-like first line is just a # comment)
// comment ending with backslash \
{
  ## double hash
  a: 1,  ///// many slashes
  b: '#not a comment',
  c: "//not a comment",
  d: @'/* not a comment */',
}
