// A large -m multi-file output: one file per manifest, like a compiled stack.
local lib = import 'lib/monitoring.libsonnet';
{
  ['manifests/service-%04d.json' % i]: {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: { name: 'svc-%d' % i, namespace: 'monitoring', labels: { app: 'svc-%d' % i } },
    spec: { ports: [{ name: 'metrics', port: 9100 + i % 100 }], selector: { app: 'svc-%d' % i } },
  }
  for i in std.range(1, 3000)
} + {
  ['rules/group-%03d.json' % g]: { groups: [{ name: 'g%d' % g, rules: [lib.alert('A%d' % r, 'up == 0') for r in std.range(1, 10)] }] }
  for g in std.range(1, 200)
}
