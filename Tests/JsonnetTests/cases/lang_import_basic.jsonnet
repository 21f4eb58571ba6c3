local m = import 'lib/lang_import_math.libsonnet';
{
  whole: m,
  square: m.square(9),
  pi: m.pi,
  double_quoted: (import "lib/lang_import_math.libsonnet").answer,
}
