local f = function(x);
f(1)
