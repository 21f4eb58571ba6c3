// Self-referential structures are fine as long as only a finite part is used.
local ones = { head: 1, tail: ones };
local nat(n) = { head: n, tail: nat(n + 1) };
local take(s, k) = if k == 0 then [] else [s.head] + take(s.tail, k - 1);
{
  ones: take(ones, 3),
  naturals: take(nat(0), 6),
  deep: ones.tail.tail.tail.tail.head,
}
