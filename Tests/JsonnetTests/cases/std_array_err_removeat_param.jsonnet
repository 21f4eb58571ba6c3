std.removeAt(arr=[1, 2], at=0)
