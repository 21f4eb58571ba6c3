local adder(n) = function(m) n - m;
adder('x')(true)
