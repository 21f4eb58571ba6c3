// Elements are forced in order: an error element is reached.
std.base64([1, error "bad element"])
