local o = { a: 1, h:: 2 };
{
  has_visible: std.objectHas(o, 'a'),
  has_hidden: std.objectHas(o, 'h'),
  has_missing: std.objectHas(o, 'z'),
  hasall_visible: std.objectHasAll(o, 'a'),
  hasall_hidden: std.objectHasAll(o, 'h'),
  hasall_missing: std.objectHasAll(o, 'z'),
  unhidden: std.objectHas(o + { h::: 3 }, 'h'),
  hidden_by_override: std.objectHas(o + { a:: 0 }, 'a'),
}
