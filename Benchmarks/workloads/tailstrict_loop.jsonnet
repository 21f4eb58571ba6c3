// A long tail-recursive loop with tailstrict (constant stack).
local loop(i, acc) = if i == 0 then acc else loop(i - 1, acc + i % 7) tailstrict;
loop(10000000, 0)
