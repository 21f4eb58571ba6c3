# hash comment at the top
// slash comment
/* block
   comment */
{
  a: 1,  // trailing slash comment
  b: 2,  # trailing hash comment
  c: /* inline */ 3,
  /* before field */ d: 4,
  e /* between name and colon */: 5,
  f: [1, /* inside array */ 2 /* after */],
}
// final comment
