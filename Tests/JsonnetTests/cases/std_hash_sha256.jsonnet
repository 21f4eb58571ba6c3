// std.sha256: hex SHA-256 (FIPS 180-4) of the UTF-8 bytes.
local rep(s, n) = std.join('', std.makeArray(n, function(i) s));
local a(n) = rep("a", n);
{
  empty: std.sha256(""),
  abc: std.sha256("abc"),
  nist448: std.sha256("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"),
  nist896: std.sha256("abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu"),
  unicode: std.sha256("héllo wörld € 😀"),
  named: std.sha256(s="abc"),
  boundaries: [std.sha256(a(n)) for n in [55, 56, 57, 63, 64, 65, 119, 120, 128]],
}
