local pairs = [[5, 3], [-5, 3], [5, -3], [-5, -3], [5.5, 2], [-0, 3], [0, -3], [1e300, 3e-300], [3, 1e300], [-7.25, 0.5], [1e-310, 3e-320]];
{
  modulo: [std.modulo(p[0], p[1]) for p in pairs],
  mod: [std.mod(p[0], p[1]) for p in pairs],
  operator: [p[0] % p[1] for p in pairs],
  format: [std.mod('%d', 3), std.mod('%s-%s', ['a', 'b']), std.mod('%(x)s', { x: 1 })],
  named: [std.modulo(x=5, y=3), std.mod(a=5, b=3), std.mod(b=3, a=5)],
}
