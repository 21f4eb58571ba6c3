{
  nonString: std.parseYaml('1: a\n1.5: b\ntrue: c\nyes: d\n0x10: e\n1e3: f\n-0: g\n0.1: h\n3.14159265358979: i\n1e7: j\n0.000001: k\n.inf: l\n-.inf: m\n.nan: n\n1e21: o'),
  quoted: std.parseYaml('"": a\n"<<": {b: 1}\n"1": c'),
  duplicates: std.parseYaml('a: 1\na: 2'),
  explicit: std.parseYaml('? a\n: 1\n? b\n'),
}
