{
  dollars: [std.escapeStringDollars("a$b$$c"), std.escapeStringDollars("$"), std.escapeStringDollars(""),
            std.escapeStringDollars("${var}"), std.escapeStringDollars(["$"]), std.escapeStringDollars(5)],
  xml: [std.escapeStringXML("<a href=\"x\" title='y'>&amp;</a>"), std.escapeStringXML("plain"),
        std.escapeStringXML(""), std.escapeStringXML("\u0001\n\té<>"), std.escapeStringXML(["<", "a"]),
        std.escapeStringXML(1)],
  named: [std.escapeStringDollars(str_="$x"), std.escapeStringXML(str_="<")],
}
