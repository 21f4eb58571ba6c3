// manifestYamlDoc with quote_keys=false: keys stay quoted when YAML could read them as
// something else (booleans, null, numbers in many notations, dates) or when they contain
// characters outside [A-Za-z0-9_./-].
local keys = ['plain', 'with-dash', 'with_underscore', 'dotted.key', 'a/b', 'CamelCase', 'x1', '1x', 'e3', '1e',
              'yes', 'Yes', 'YES', 'yEs', 'no', 'on', 'OFF', 'y', 'Y', 'n', 'true', 'False', 'null', 'NULL', '~',
              '.inf', '-.inf', '.NaN', 'nan', 'inf', 'Infinity', '-', '--', '---', '----', '...', '.', '_',
              '0', '123', '-1', '0755', '08', '1_000', '1__0', '_1', '1_', '1.5', '.5', '5.', '1e3', '1E+3', '1e400',
              '0x1F', '0xg', 'a0x1', '0X1', '0X1p3', '0b101', '0b2', '0o17', '1-2-3', '2001-01-01', '1-2', '--1',
              '', ' ', 'a b', 'a:b', 'a#b', 'é', 'k=v', '+1', 'a,b', '[a]', '{a}', '"q"', "'q'", '@a', '!a', '&a', '*a'];
{
  bare: std.manifestYamlDoc({ [k]: 1 for k in keys }, quote_keys=false),
  quoted: std.manifestYamlDoc({ [k]: 1 for k in keys }),
  nested: std.manifestYamlDoc({ yes: { no: [{ on: 1, plain: 2 }] } }, quote_keys=false),
}
