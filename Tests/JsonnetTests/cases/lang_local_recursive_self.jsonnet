local fact(n) = if n <= 1 then 1 else n * fact(n - 1);
local fib(n) = if n < 2 then n else fib(n - 1) + fib(n - 2);
local countdown = function(n) if n == 0 then [] else [n] + countdown(n - 1);
{
  fact10: fact(10),
  fact20: fact(20),
  fib: std.map(fib, std.range(0, 12)),
  countdown: countdown(5),
}
