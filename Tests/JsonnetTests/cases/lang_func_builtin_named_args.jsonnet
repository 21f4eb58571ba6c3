// Standard library functions accept named arguments.
{
  makeArray: std.makeArray(sz=3, func=function(i) i * 2),
  map: std.map(func=function(x) x + 1, arr=[1, 2]),
  substr: std.substr(str='abcdef', from=1, len=3),
  mixed: std.foldl(function(a, b) a + b, [1, 2, 3], init=100),
}
