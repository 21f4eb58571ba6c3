local inner(x) = error 'inner failed: ' + x;
local middle(x) = inner(x * 2);
local outer(x) = middle(x + 1);
outer(1)
