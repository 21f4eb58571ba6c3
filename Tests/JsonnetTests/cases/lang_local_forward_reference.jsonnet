// Binds in one local can refer to later binds of the same local.
local first = second + 1, second = third * 2, third = 5;
local lazyList = [tail, 0], tail = 'end';
{ first: first, lazyList: lazyList }
