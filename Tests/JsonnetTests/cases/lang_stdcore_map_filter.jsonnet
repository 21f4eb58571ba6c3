{
  map: std.map(function(x) x * 2, [1, 2, 3]),
  map_empty: std.map(function(x) x, []),
  map_string: std.map(function(c) c + c, 'abc'),
  filter: std.filter(function(x) x % 2 == 1, std.range(1, 9)),
  filter_none: std.filter(function(x) false, [1, 2]),
  filter_objects: std.filter(function(o) o.keep, [{ keep: true, v: 1 }, { keep: false, v: 2 }]),
  chained: std.map(function(x) x + 1, std.filter(function(x) x > 2, [1, 2, 3, 4])),
}
