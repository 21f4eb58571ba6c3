std.parseHex(std.join("", std.makeArray(257, function(i) "f")) + "g")
