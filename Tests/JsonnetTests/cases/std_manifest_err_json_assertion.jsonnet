std.manifestJsonEx({ assert self.a == 2 : 'a must be 2', a: 1 }, '')
