std.manifestIni({ main: { a: 1 }, sections: error 'no sections' })
