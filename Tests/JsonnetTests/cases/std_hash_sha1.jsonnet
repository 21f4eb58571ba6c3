// std.sha1: hex SHA-1 (FIPS 180-4) of the UTF-8 bytes.
local rep(s, n) = std.join('', std.makeArray(n, function(i) s));
local a(n) = rep("a", n);
{
  empty: std.sha1(""),
  abc: std.sha1("abc"),
  nist448: std.sha1("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"),
  nist896: std.sha1("abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu"),
  fox: std.sha1("The quick brown fox jumps over the lazy dog"),
  unicode: std.sha1("héllo wörld € 😀"),
  named: std.sha1(s="abc"),
  boundaries: [std.sha1(a(n)) for n in [55, 56, 57, 63, 64, 65, 119, 120, 128]],
}
