{
  middle: std.substr('hello world', 6, 5),
  start: std.substr('hello', 0, 2),
  past_end: std.substr('hello', 3, 100),
  zero_len: std.substr('hello', 2, 0),
  unicode: std.substr('日本語テキスト', 2, 3),
  emoji: std.substr('a😀b😁c', 1, 3),
}
