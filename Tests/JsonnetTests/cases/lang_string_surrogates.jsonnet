{
  pair: "\ud83d\ude00",
  high_then_plain: "\ud800\u0041",
  low_then_escape: "\udc00\u0041",
  low_then_high: "\udc00\ud800",
  mixed: "a\ud834\udd1eb",
}
