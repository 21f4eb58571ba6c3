{ a: 1, assert }
