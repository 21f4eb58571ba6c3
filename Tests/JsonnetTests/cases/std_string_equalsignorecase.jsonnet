{
  ascii: [std.equalsIgnoreCase("Hello", "hELLO"), std.equalsIgnoreCase("abc", "abd"),
          std.equalsIgnoreCase("", ""), std.equalsIgnoreCase("a", "ab"), std.equalsIgnoreCase("@", "`"),
          std.equalsIgnoreCase("[", "{")],
  latin: [std.equalsIgnoreCase("ÀÉÎ", "àéî"), std.equalsIgnoreCase("ÿ", "Ÿ")],
  folding: [std.equalsIgnoreCase("K", "\u212a"), std.equalsIgnoreCase("k", "\u212a"),
            std.equalsIgnoreCase("s", "ſ"), std.equalsIgnoreCase("S", "ſ"),
            std.equalsIgnoreCase("ß", "ẞ"), std.equalsIgnoreCase("ς", "Σ"), std.equalsIgnoreCase("ς", "σ"),
            std.equalsIgnoreCase("ǅ", "ǆ"), std.equalsIgnoreCase("Ǆ", "ǅ"), std.equalsIgnoreCase("\u0345", "ι"),
            std.equalsIgnoreCase("Ꭰ", "ꭰ"), std.equalsIgnoreCase("Å", "\u212b"), std.equalsIgnoreCase("ϑ", "θ")],
  not_folding: [std.equalsIgnoreCase("ı", "I"), std.equalsIgnoreCase("ı", "i"), std.equalsIgnoreCase("İ", "i"),
                std.equalsIgnoreCase("ß", "ss"), std.equalsIgnoreCase("ﬀ", "ff")],
  named: std.equalsIgnoreCase(str2="A", str1="a"),
}
