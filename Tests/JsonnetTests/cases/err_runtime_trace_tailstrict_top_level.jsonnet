local f(x) = error 'a'; local g(x) = f(x) tailstrict; g(1) tailstrict
