std.manifestJsonEx(std.foldl(function(acc, _) [acc], std.range(1, 500), []), '')
