local const(a, b) = a;
local pick(cond, t, f) = if cond then t else f;
{
  unused_positional: const(1, error 'unused'),
  unused_named: const(b=error 'unused', a=2),
  branch: pick(true, 'yes', error 'no'),
  default_not_needed: (function(x, y=error 'default unused') x)(3),
}
