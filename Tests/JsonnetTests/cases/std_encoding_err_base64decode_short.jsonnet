// Newlines are skipped, leaving two characters: reported at byte 2.
std.base64DecodeBytes("YQ\n\n")
