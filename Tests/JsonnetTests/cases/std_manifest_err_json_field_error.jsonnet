std.manifestJsonEx({ a: 1, b: error 'bad field' }, '')
