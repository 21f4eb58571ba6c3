std.manifestIni(error 'no ini')
