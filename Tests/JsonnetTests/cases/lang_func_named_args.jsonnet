local f(a, b, c=3) = { a: a, b: b, c: c };
{
  positional: f(1, 2),
  named_all: f(c=30, b=20, a=10),
  mixed: f(1, c=300, b=200),
  named_default_skipped: f(b=2, a=1),
  lambda_named: (function(x, y) x - y)(y=1, x=10),
}
