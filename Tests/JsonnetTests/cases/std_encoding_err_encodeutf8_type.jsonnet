// std.encodeUTF8 takes a string.
std.encodeUTF8([104])
