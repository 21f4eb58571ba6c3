// Building a tree recursively and walking it.
local tree(d) = if d == 0 then { leaf: true } else { left: tree(d - 1), right: tree(d - 1) };
local count(t) = if std.objectHas(t, 'leaf') then 1 else count(t.left) + count(t.right);
{
  leaves: count(tree(5)),
  small: tree(2),
}
