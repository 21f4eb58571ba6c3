{
  filter: std.filter(function(x) x % 2 == 0, std.range(1, 10)),
  filterEmpty: std.filter(function(x) error 'never', []),
  filterMap: std.filterMap(function(x) x > 1, function(x) x * 10, [1, 2, 3]),
  filterMapLazy: std.length(std.filterMap(function(x) true, function(x) error 'never', [1, 2])),
  flatMap: std.flatMap(function(x) [x, x * 10], [1, 2]),
  flatMapString: std.flatMap(function(c) c + '-', 'ab😀'),
  flatMapEmptyString: std.flatMap(function(c) [], ''),
  flatMapEmpty: std.flatMap(function(x) [], [1, 2, 3]),
  flatMapNamed: std.flatMap(arr=[[1], [2, 3]], func=function(x) x),
}
