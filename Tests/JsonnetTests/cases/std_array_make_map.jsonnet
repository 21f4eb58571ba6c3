{
  makeArray: std.makeArray(4, function(i) i * i),
  makeArrayEmpty: [std.makeArray(0, function(i) i), std.makeArray(-3, function(i) i)],
  makeArrayLazy: std.length(std.makeArray(3, function(i) error 'never')),
  map: std.map(function(x) x * 2, [1, 2, 3]),
  mapString: std.map(function(c) c + c, 'héllo😀'),
  mapEmpty: [std.map(function(x) x, []), std.map(function(x) x, '')],
  mapLazy: std.length(std.map(function(x) error 'never', [1, 2])),
  mapNamed: std.map(arr=[1, 2], func=function(x) -x),
  mapWithIndex: std.mapWithIndex(function(i, x) [i, x], ['a', 'b']),
  mapWithIndexString: std.mapWithIndex(function(i, c) c + i, 'xyz'),
  mapWithIndexLazy: std.mapWithIndex(function(i, x) if i == 1 then error 'never' else x, [5, 6])[0],
}
