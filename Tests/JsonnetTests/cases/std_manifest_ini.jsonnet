// std.manifestIni: main fields, then [sections]; values as std.toString gives them (strings
// unquoted), arrays as repeated keys; hidden main is ignored, hidden sections are used.
[
  std.manifestIni({
    main: { a: 1, b: 'x', c: [1, 'y', true, null, [2], {}], d: null, e: { f: 1 }, g: [] },
    sections: { s1: { k: 'v', arr: ['a', 'b'] }, 's 2': {}, '': { x: 1.5 }, hidden:: { h: 1 } },
  }),
  std.manifestIni({ sections: { s: { a: 1 } } }),
  std.manifestIni({ sections: {} }),
  std.manifestIni({ main:: { a: 1 }, sections: {} }),
  std.manifestIni({ main: { a: 1 }, sections:: { b: { c: 1 } }, other: 2 }),
  std.manifestIni({ main: { 'a b=c': 'multi\nline = "q" é' }, sections: { '[x]': { '': '' } } }),
  std.manifestIni(ini={ sections: { db: { host: 'localhost', port: 5432, ratio: 0.1 } } }),
]
