local down(n) = if n == 0 then error 'bottom' else down(n - 1);
down(17)
