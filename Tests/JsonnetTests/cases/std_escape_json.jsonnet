{
  plain: std.escapeStringJson("hello"),
  quotes: std.escapeStringJson("say \"hi\" \\ /"),
  controls: std.escapeStringJson("\u0000\u0001\b\f\n\r\t\u001f\u007f\u0080\u009f\u00a0"),
  unicode: std.escapeStringJson("é中😀\u2028\u2029\ufeff"),
  html: std.escapeStringJson("<a href='x'>&</a>"),
  non_string: [std.escapeStringJson(1), std.escapeStringJson(null), std.escapeStringJson([1, "a"]),
               std.escapeStringJson({ a: "é\n" })],
  python: [std.escapeStringPython("a\"b\n"), std.escapeStringPython(1.5), std.escapeStringPython(str={ k: [] })],
  named: std.escapeStringJson(str_="x"),
}
