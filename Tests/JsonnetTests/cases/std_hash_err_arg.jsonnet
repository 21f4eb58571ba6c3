// An error in the argument propagates.
std.md5(error "no input")
