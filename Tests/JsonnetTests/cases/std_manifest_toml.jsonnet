// std.manifestTomlEx: plain fields first, then tables and arrays of tables, each after a blank
// line, nested tables indented; arrays one element per line, nested values inline.
local v = {
  title: 'TOML example',
  version: 2,
  enabled: true,
  ratio: 0.1,
  big: 1e100,
  ports: [8000, 8001],
  mixed: [1, 'x', [2, [3]], { p: 1, q: [] }, {}],
  empty: [],
  owner: { name: 'Tom', dob: '1979-05-27', emptyTable: {} },
  database: {
    server: '192.168.1.1',
    connection_max: 5000,
    servers: { alpha: { ip: '10.0.0.1', dc: 'eqdc10' }, beta: { ip: '10.0.0.2' } },
  },
  products: [{ name: 'Hammer', sku: 738594937 }, {}, { name: 'Nail', color: 'gray', sub: [{ x: 1 }] }],
  lonely: {},
};
[
  std.manifestTomlEx(v, '  '),
  std.manifestTomlEx(v, ''),
  std.manifestTomlEx(v, '\t'),
  std.manifestToml(v),
  std.manifestToml({}),
  std.manifestTomlEx(value={ a: { b: { c: {} } } }, indent='    '),
]
