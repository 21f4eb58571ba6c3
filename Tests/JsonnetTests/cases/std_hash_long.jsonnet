// Hashes of a 100 000 byte string (many blocks) and of a multi-byte one.
local rep(s, n) = std.join('', std.makeArray(n, function(i) s));
local big = rep("0123456789", 10000);
local uni = rep("é€😀", 1000);
[std.md5(big), std.sha1(big), std.sha256(big), std.sha512(big), std.sha3(big),
 std.md5(uni), std.sha1(uni), std.sha256(uni), std.sha512(uni), std.sha3(uni)]
