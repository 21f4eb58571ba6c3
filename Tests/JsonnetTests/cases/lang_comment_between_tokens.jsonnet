local f = function/* c */(x)/* c */x/* c */+/* c */1;
{
  call: f/* c */(/* c */1/* c */),
  arr: [/* c */],
  obj: {/* c */},
  comp: [x # hash comment inside a comprehension
    for x in [1, 2] // line comment
    if x > 1 /* block */],
  str_plus: 'a'/**/+/**/'b',
}
