// Code point order, including characters outside the BMP (which sort after U+FFFF).
{
  '\uffff': 'bmp max',
  '😀': 'astral',
  '\ue000': 'private use',
  'ß': 'sharp s',
  'ä': 'a umlaut',
  'Ä': 'A umlaut',
  'ab': 'ab',
  'aB': 'aB',
  'Ab': 'Ab',
}
