local /* a */ x /* b */ = /* c */ 1 /* d */;  // e
local f(/* no params yet */ a /* first */, b) = a + b;
{
  sum: f(/* arg */ x, 2 /* arg2 */),
  neg: - /* unary */ x,
  idx: [10, 20] /* before bracket */ [1],
  dot: { k: 'v' } /* before dot */ . /* after dot */ k,
  cond: if /* c */ true /* t */ then /* x */ 'yes' /* y */ else 'no',
  str: 'not // a comment',
  str2: "not /* a comment */ either",
  str3: 'hash # inside',
}
