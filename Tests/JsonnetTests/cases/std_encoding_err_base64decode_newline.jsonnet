// Newlines are skipped, leaving an incomplete quantum.
std.base64Decode("YWJ\n")
