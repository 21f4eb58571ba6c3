{
  starts: [std.startsWith("hello", "he"), std.startsWith("hello", "lo"), std.startsWith("hello", ""),
           std.startsWith("", ""), std.startsWith("he", "hello"), std.startsWith("héllo", "hé"),
           std.startsWith("éa", "e")],
  ends: [std.endsWith("hello", "lo"), std.endsWith("hello", "he"), std.endsWith("hello", ""),
         std.endsWith("", ""), std.endsWith("lo", "hello"), std.endsWith("wörld😀", "d😀")],
  // go compares lengths first: values with a length are accepted where they are shorter.
  lengths: [std.startsWith({}, "a"), std.startsWith("abc", {}), std.startsWith("abc", [1]),
            std.startsWith(["a"], "abc"), std.endsWith("abc", function(x) x), std.endsWith("abc", null == null && "c")],
  named: [std.startsWith(b="a", a="abc"), std.endsWith(a="abc", b="bc")],
}
