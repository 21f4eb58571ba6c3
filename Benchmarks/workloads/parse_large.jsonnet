// std.parseJson and std.parseYaml of large generated input.
local docs = [{ id: i, name: 'item-' + i, tags: ['a', 'b'], nested: { x: i / 3, ok: true } } for i in std.range(1, 20000)];
local json = std.manifestJsonMinified(docs);
local yaml = std.manifestYamlDoc(docs);
local a = std.parseJson(json);
local b = std.parseYaml(yaml);
std.length(a) + std.length(b) + a[100].id + b[200].id
