local base = { a: 1, h:: 2 };
local check = {
  has_a: 'a' in super,
  has_h: 'h' in super,
  has_z: 'z' in super,
  a_or_default: if 'a' in super then super.a else 'default',
  z_or_default: if 'z' in super then super.z else 'default',
};
{
  with_base: base + check,
  without_base: {} + check,
  alone: check,
}
