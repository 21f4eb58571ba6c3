assert false : [function(x) x]; 1
