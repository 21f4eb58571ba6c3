// Namespaced RBAC, alerting, remote write, a single replica (no PDB).
local stackc = import 'stackc/stackc.libsonnet';
stackc.prometheus({
  namespace: 'obs', name: 'main', replicas: 1, retention: '7d', version: '2.53.0',
  externalLabels: { cluster: 'eu-1' }, ruleSelector: { matchLabels: { role: 'alert-rules' } },
  alertmanagers: [{ name: 'alertmanager-main' }, { name: 'am-other', namespace: 'ops', port: 'http' }],
  remoteWrite: [{ url: 'https://remote.example/api/v1/write' }],
  namespaces: ['default', 'kube-system'], storage: { emptyDir: { medium: 'Memory' } },
  prometheusSelector: { 'app.kubernetes.io/name': 'prometheus', 'app.kubernetes.io/instance': 'main' },
  extraIngress: [{ from: [{ namespaceSelector: { matchLabels: { team: 'sre' } } }] }],
  commonLabels: { team: 'sre' },
})
