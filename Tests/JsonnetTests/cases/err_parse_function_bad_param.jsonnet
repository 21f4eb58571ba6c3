function(a, 1) a
