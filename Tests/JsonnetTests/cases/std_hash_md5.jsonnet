// std.md5: hex MD5 of the UTF-8 bytes (RFC 1321 test suite and block boundaries).
local rep(s, n) = std.join('', std.makeArray(n, function(i) s));
local a(n) = rep("a", n);
{
  empty: std.md5(""),
  a: std.md5("a"),
  abc: std.md5("abc"),
  digest: std.md5("message digest"),
  alpha: std.md5("abcdefghijklmnopqrstuvwxyz"),
  alnum: std.md5("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"),
  digits: std.md5(rep("1234567890", 8)),
  unicode: std.md5("héllo wörld € 😀"),
  nul: std.md5("\u0000"),
  named: std.md5(s="abc"),
  boundaries: [std.md5(a(n)) for n in [55, 56, 57, 63, 64, 65, 119, 120, 128]],
}
