{
  text: importstr 'lib/missing.txt',
}
