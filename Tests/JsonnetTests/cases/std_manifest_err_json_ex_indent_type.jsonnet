std.manifestJsonEx({ a: 1 }, 2)
