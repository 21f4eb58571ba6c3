// `f+: v` means `super.f + v` for any type that supports +.
local base = { arr: [1, 2], str: 'abc', num: 10, obj: { k: 1 }, float: 0.5 };
base + {
  arr+: [3],
  str+: 'def',
  num+: 5,
  obj+: { j: 2 },
  float+: 0.25,
  fresh+: [1],
}
