{
  squares: std.makeArray(5, function(i) i * i),
  empty: std.makeArray(0, function(i) error 'never'),
  strings: std.makeArray(3, function(i) std.char(97 + i)),
  nested: std.makeArray(2, function(i) std.makeArray(i + 1, function(j) [i, j])),
}
