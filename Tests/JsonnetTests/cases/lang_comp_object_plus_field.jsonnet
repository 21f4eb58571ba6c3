// An object comprehension field with +: merges with the left side of an inheritance.
local base = { a: { x: 1 }, b: [1] };
{
  merged: base + { [k]+: { y: 2 } for k in ['a'] },
  arrays: base + { [k]+: [2] for k in ['b'] },
  new_key: base + { [k]+: 'new' for k in ['c'] },
}
