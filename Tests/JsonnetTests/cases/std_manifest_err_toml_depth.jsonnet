std.manifestTomlEx(std.foldl(function(acc, _) { a: acc }, std.range(1, 250), {}), '')
