// An imported function can be called many times, from different places.
local mul = import 'lib/lang_import_function.libsonnet';
local viaLocal(n) = (import 'lib/lang_import_function.libsonnet')(n);
{
  calls: [mul(i) for i in std.range(1, 4)],
  via_local: viaLocal(10),
  default_override: mul(3, y=5),
  as_value: std.map(mul, [7, 8]),
}
