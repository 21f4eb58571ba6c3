{
  isEmpty: [std.isEmpty(""), std.isEmpty(" "), std.isEmpty("é"), std.isEmpty(str="")],
  trim: [std.trim("  a b  "), std.trim(""), std.trim(" \t\n\r\f\u000b"), std.trim("x"),
         std.trim("\u00a0\u0085\u1680\u2000\u200a\u2028\u2029\u202f\u205f\u3000 a \u3000"),
         std.trim("\u200bx\ufeff"), std.trim("\u001cx\u001f"), std.trim(str=" y ")],
}
