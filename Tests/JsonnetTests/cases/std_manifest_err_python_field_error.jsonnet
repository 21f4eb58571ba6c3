std.manifestPython([{ a: 1 }, { b: error 'bad field' }])
