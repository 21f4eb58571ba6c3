// Every field value is evaluated before any line is written: this error comes before the
// function in main's field "a".
std.manifestIni({ main: { a: function(x) x }, sections: { s: { b: error 'bad field' } } })
