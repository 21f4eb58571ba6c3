// std.decodeUTF8 takes an array.
std.decodeUTF8("hi")
