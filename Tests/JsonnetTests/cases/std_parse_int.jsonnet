{
  parseInt: [std.parseInt("123"), std.parseInt("-123"), std.parseInt("+7"), std.parseInt("0"), std.parseInt("-0"),
             std.parseInt("0123"), std.parseInt("00000000000000000000000000001"),
             std.parseInt("9223372036854775807"), std.parseInt("-9223372036854775808"),
             std.parseInt("9007199254740993")],
  parseOctal: [std.parseOctal("755"), std.parseOctal("0"), std.parseOctal("0000"), std.parseOctal("17777777777777777777777")],
  parseHex: [std.parseHex("ff"), std.parseHex("FF"), std.parseHex("aF09"), std.parseHex("0"),
             std.parseHex("ffffffffffffffffffff"), std.parseHex("7fffffffffffffff")],
  // go computes a digit as c - 'a' + 10, c - 'A' + 10 or c - '0': ':' … '?' are hex digits.
  hex_quirk: [std.parseHex(":"), std.parseHex(";<=>?")],
  named: [std.parseInt(str="1"), std.parseOctal(str="10"), std.parseHex(str="10")],
}
