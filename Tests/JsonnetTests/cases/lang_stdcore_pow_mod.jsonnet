{
  pow: [std.pow(2, 10), std.pow(2, 0.5), std.pow(10, -2), std.pow(0, 0), std.pow(-2, 3)],
  mod: [std.mod(7, 3), std.mod(-7, 3), std.mod(7, -3), std.mod(5.5, 2)],
  mod_string_format: std.mod('%s-%s', ['a', 'b']),
}
