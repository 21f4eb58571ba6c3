// The parameter of the hash functions is named s.
std.sha256(str="abc")
