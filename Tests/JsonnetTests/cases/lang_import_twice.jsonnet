local a = import 'lib/lang_import_math.libsonnet';
local b = import 'lib/lang_import_math.libsonnet';
local c = import './lib/lang_import_math.libsonnet';
{
  same: a == b,
  same_dot_path: a == c,
  sum: a.answer + b.answer,
  text_twice: (importstr 'lib/lang_import_text.txt') == (importstr 'lib/lang_import_text.txt'),
}
