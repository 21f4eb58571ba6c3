// std.sha3: hex SHA3-512 (FIPS 202, not Keccak-512) of the UTF-8 bytes.
local rep(s, n) = std.join('', std.makeArray(n, function(i) s));
local a(n) = rep("a", n);
{
  empty: std.sha3(""),
  abc: std.sha3("abc"),
  nist448: std.sha3("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"),
  nist896: std.sha3("abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu"),
  unicode: std.sha3("héllo wörld € 😀"),
  named: std.sha3(s="abc"),
  boundaries: [std.sha3(a(n)) for n in [70, 71, 72, 73, 143, 144, 145, 216]],
}
