// A tail-recursive loop with many iterations.
local loop(i, acc) = if i == 0 then acc else loop(i - 1, acc + i) tailstrict;
{
  sum: loop(5000, 0),
}
