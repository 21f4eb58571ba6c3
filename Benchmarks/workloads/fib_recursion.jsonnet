// Deep, branching recursion: function calls, argument thunks, arithmetic.
local fib(n) = if n < 2 then n else fib(n - 1) + fib(n - 2);
fib(27)
