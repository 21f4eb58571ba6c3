local e(x) = error 'a'; local f(x) = [e(x)][0]; local g(x) = f(x) tailstrict; g(1)
