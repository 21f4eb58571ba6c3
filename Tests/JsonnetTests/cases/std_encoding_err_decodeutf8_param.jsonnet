// The parameter is named arr.
std.decodeUTF8(str=[65])
