std.manifestJsonMinified(function(x) x)
