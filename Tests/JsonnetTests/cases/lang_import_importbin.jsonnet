local bytes = importbin 'lib/lang_import_bytes.bin';
{
  bytes: bytes,
  length: std.length(bytes),
  type: std.type(bytes),
  empty: importbin 'lib/lang_import_empty.bin',
  text_as_bytes: importbin 'lib/lang_import_no_newline.txt',
}
