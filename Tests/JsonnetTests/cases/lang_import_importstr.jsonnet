{
  text: importstr 'lib/lang_import_text.txt',
  length: std.length(importstr 'lib/lang_import_text.txt'),
  empty: importstr 'lib/lang_import_empty.txt',
  no_newline: importstr 'lib/lang_import_no_newline.txt',
  source: importstr 'lib/lang_import_string.libsonnet',
}
