{ [k]: 1, extra: 2 for k in ['a', 'b'] }
