std.manifestIni({ main: { a: [1, error 'bad element'] }, sections: {} })
