// Conditions use && and || with short-circuit.
local arr = [1, 2, 3];
{
  and: if std.length(arr) > 2 && arr[2] == 3 then 'yes' else 'no',
  or_short: if true || error 'skip' then 'short' else 'no',
  and_short: if false && error 'skip' then 'no' else 'short',
  not: if !(1 == 2) then 'neg' else 'no',
}
