// std.sha512: hex SHA-512 (FIPS 180-4) of the UTF-8 bytes.
local rep(s, n) = std.join('', std.makeArray(n, function(i) s));
local a(n) = rep("a", n);
{
  empty: std.sha512(""),
  abc: std.sha512("abc"),
  nist448: std.sha512("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"),
  nist896: std.sha512("abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu"),
  unicode: std.sha512("héllo wörld € 😀"),
  named: std.sha512(s="abc"),
  boundaries: [std.sha512(a(n)) for n in [111, 112, 113, 127, 128, 129, 239, 240, 256]],
}
