std.manifestIni({ sections: { s: { a: 1, b: { c: function(x) x } } } })
