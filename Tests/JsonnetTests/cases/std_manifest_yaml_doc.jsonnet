// std.manifestYamlDoc on a realistic Kubernetes ConfigMap-like document.
local config = {
  apiVersion: 'v1',
  kind: 'ConfigMap',
  metadata: {
    name: 'app-config',
    namespace: 'default',
    labels: { app: 'web', 'app.kubernetes.io/version': '1.0', tier: 'frontend' },
    annotations: {},
  },
  data: {
    'config.yaml': 'server:\n  port: 8080\n  host: 0.0.0.0\n',
    'motd.txt': 'Welcome!\n\nHave a nice day.\n',
    LOG_LEVEL: 'debug',
    ENABLED: 'yes',
    RETRIES: '3',
    MODE: '0755',
    EMPTY: '',
    ONE_LINE_NL: 'no newline at end\nsecond line',
  },
  spec: {
    replicas: 3,
    ports: [{ name: 'http', port: 80, targetPort: 8080 }, { name: 'https', port: 443 }],
    args: ['--verbose', '--level=1', '-x'],
    matrix: [[1, 2], [], [[3]], [{ a: 1 }]],
    weights: [0.5, 1e-7, 1e21],
    empty: { list: [], obj: {} },
  },
};
{
  default: std.manifestYamlDoc(config),
  indented: std.manifestYamlDoc(config, indent_array_in_object=true),
  bare: std.manifestYamlDoc(config, quote_keys=false),
  both: std.manifestYamlDoc(config, true, false),
}
