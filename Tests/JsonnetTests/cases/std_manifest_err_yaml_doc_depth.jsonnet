std.manifestYamlDoc(std.foldl(function(acc, _) { a: acc }, std.range(1, 500), 1))
