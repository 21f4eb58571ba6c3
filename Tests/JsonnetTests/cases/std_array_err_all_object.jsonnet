std.all([{a: [1, "x"]}])
