std.manifestTomlEx({ a: [{ x: 1 }, function(x) x] }, '  ')
