// Array elements must be numbers.
std.base64([65, "a"])
