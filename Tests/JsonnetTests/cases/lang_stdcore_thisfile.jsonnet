{
  file: std.thisFile,
  in_function: (function() std.thisFile)(),
  in_nested: { inner: std.thisFile }.inner,
}
