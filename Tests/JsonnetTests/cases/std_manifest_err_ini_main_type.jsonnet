std.manifestIni({ main: 'x', sections: {} })
