// Arguments are thunks: an argument used twice is computed once, and unused arguments never run.
local twice(x) = [x, x];
local first(a, b) = a;
{
  twice: twice(std.length([1, 2, 3])),
  unused: first('used', error 'not used'),
  trailing_comma: first(1, 2,),
}
