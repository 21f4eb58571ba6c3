function(a=1, b) { a: a, b: b }
