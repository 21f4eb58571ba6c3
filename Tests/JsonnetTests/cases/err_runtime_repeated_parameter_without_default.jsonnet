(function(a, b=7, b) [a, b])(1)
