std.setDiff({a: 1}, [])
