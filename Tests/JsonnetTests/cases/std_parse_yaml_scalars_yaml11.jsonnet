{
  bools: [std.parseYaml(s) for s in ['yes', 'Yes', 'YES', 'on', 'On', 'y', 'Y', 'true', 'no', 'off', 'n', 'N', 'False']],
  nulls: [std.parseYaml(s) for s in ['', '~', 'null', 'Null', 'NULL', '# comment only']],
  ints: [std.parseYaml(s) for s in ['0', '-0', '+12', '0755', '0o17', '0x1F', '0X1f', '-0x10', '0b101', '-0b11', '1_000', '08', '9223372036854775807', '12345678901234567890']],
  floats: [std.parseYaml(s) for s in ['1.5', '1.', '.5', '+.5', '-0.0', '1e3', '1E+3', '.5e3', '1_0.5']],
  strings: [std.parseYaml(s) for s in ['0xFFFFFFFFFFFFFFFFF', '1e400', '1:20', '2001-12-14', '2001-12-14t21:59:43.10-05:00', '._5', 'nan', 'inf', '"yes"', "'1'", 'a b']],
}
