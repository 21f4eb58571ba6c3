local f(x) = error 'a'; local g(x) = f(x) tailstrict; local h(x) = g(x) tailstrict; local k(x) = h(x) tailstrict; k(1)
