function(x, y, x) x + y
