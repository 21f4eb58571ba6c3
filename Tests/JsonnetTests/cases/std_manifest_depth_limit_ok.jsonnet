// Just under the depth limit (the evaluator's stack size, 500) of the native manifesters.
local nest(n, leaf) = std.foldl(function(acc, _) [acc], std.range(1, n), leaf);
local tables(n) = std.foldl(function(acc, _) { a: acc }, std.range(1, n), {});
[
  std.length(std.manifestJsonEx(nest(499, []), '')),
  std.length(std.manifestYamlDoc(nest(499, 1))),
  std.length(std.manifestTomlEx(tables(249), '')),
  std.length(std.manifestTomlEx({ a: nest(498, 1) }, '')),
]
