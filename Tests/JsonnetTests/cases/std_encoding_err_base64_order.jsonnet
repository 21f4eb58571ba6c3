// Elements are checked in order.
std.base64([300, "a"])
