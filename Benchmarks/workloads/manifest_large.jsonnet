// std.manifestJsonEx and std.manifestYamlDoc of a large nested value.
local value = {
  ['service-' + i]: {
    name: 'service-' + i,
    replicas: i % 5,
    labels: { app: 'svc' + i, tier: if i % 2 == 0 then 'web' else 'db', 'app.kubernetes.io/part-of': 'stack' },
    ports: [{ name: 'http', port: 8080 + i % 10 }, { name: 'metrics', port: 9090 }],
    description: 'line one\nline two: with colon\n',
    enabled: i % 3 != 0,
    ratio: i / 7,
  }
  for i in std.range(1, 20000)
};
std.length(std.manifestJsonEx(value, '  ')) + std.length(std.manifestYamlDoc(value))
