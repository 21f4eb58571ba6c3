std.manifestIni({ sections: { a: { b: 1 }, c: 2 } })
