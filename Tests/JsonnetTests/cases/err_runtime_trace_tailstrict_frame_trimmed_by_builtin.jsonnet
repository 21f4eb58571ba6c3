local e(x) = error 'a'; local f(x) = std.length(e(x)); local g(x) = f(x) tailstrict; g(1)
