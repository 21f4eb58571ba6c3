local sum(xs) = if std.length(xs) == 0 then 0 else xs[0] + sum(xs[1:]);
local pow(b, e) = if e == 0 then 1 else b * pow(b, e - 1);
local gcd(a, b) = if b == 0 then a else gcd(b, a % b);
local ackermann(m, n) =
  if m == 0 then n + 1
  else if n == 0 then ackermann(m - 1, 1)
  else ackermann(m - 1, ackermann(m, n - 1));
{
  sum: sum(std.range(1, 100)),
  pow: pow(3, 13),
  gcd: gcd(1071, 462),
  ackermann: ackermann(2, 3),
}
