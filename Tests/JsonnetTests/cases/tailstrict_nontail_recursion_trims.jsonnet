local f(n) = if n == 0 then 0 else 1 + f(n-1) tailstrict; f(3000)
