{
  codepoints: [std.codepoint(c) for c in ["a", "\u0000", "é", "中", "😀", "\u007f"]],
  chars: [std.char(n) for n in [65, 0, 233, 20013, 128512, 1114111]],
  fractional: [std.char(65.9), std.char(1.5)],
  surrogate: [std.char(55296), std.char(57343)],
  roundtrip: std.join("", [std.char(std.codepoint(c)) for c in std.stringChars("héllo 😀")]),
  named: [std.codepoint(str="x"), std.char(n=120)],
}
