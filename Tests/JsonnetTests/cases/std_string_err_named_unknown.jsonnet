std.findSubstr(pat="a", string="a")
