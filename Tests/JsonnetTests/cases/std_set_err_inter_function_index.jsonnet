std.setInter([1], function(x) x)
