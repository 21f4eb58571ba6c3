local isEven(n) = if n == 0 then true else isOdd(n - 1),
      isOdd(n) = if n == 0 then false else isEven(n - 1);
{
  even10: isEven(10),
  odd7: isOdd(7),
  even7: isEven(7),
  table: std.map(isEven, std.range(0, 5)),
}
