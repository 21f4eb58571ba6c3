{
  a: [
    { b: (1 + [2, function(x) x
