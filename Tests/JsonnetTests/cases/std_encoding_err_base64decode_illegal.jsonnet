// A character outside the alphabet.
std.base64Decode("-_==")
