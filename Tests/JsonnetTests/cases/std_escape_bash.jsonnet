{
  plain: std.escapeStringBash("hello world"),
  quotes: std.escapeStringBash("it's \"quoted\" $HOME `cmd`"),
  only_quote: std.escapeStringBash("'"),
  empty: std.escapeStringBash(""),
  non_string: [std.escapeStringBash(1), std.escapeStringBash(null), std.escapeStringBash({ a: "'" })],
  unicode: std.escapeStringBash("é'😀"),
  named: std.escapeStringBash(str_="a'b"),
}
