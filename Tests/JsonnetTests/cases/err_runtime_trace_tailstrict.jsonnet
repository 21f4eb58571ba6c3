local f(n) = if n == 0 then error 'done' else f(n - 1) tailstrict;
f(3)
