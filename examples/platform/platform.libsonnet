// examples/platform/platform.libsonnet — the platform team's monitoring stack, assembled from
// the stackc components. Environments (examples/environments/*/main.jsonnet, in the GitOps
// pattern usually a second repository) import it and call it with their config.
//
// platform(env) returns an object of nested manifests:
//   { 'setup/namespace': Namespace, prometheusOperator: {...}, prometheus: {..., rules: {...}},
//     alertmanager, nodeExporter, kubeStateMetrics, blackboxExporter, grafana,
//     kubernetesControlPlane }
//
// env fields (defaults in brackets):
//   name (required)             environment name, becomes the `cluster` external label
//   namespace ['monitoring']
//   prometheus [{}]             extra prometheus component config (replicas, retention, ...)
//   alertmanager [{}]           extra alertmanager component config (receivers, route, ...)
//   grafana [{}], blackboxExporter [{}], kubeStateMetrics [{}]   extra component config
//   nodeRelabelings [[]]        extra ServiceMonitor relabelings for node-exporter
//   nodeMetricRelabelings [[]]  extra metricRelabelings for node-exporter
//   runbookBase [null]          runbook URL prefix for every mixin (null = the mixins' default)
local stackc = import 'stackc/stackc.libsonnet';

function(env)
  local e = {
    namespace: 'monitoring',
    prometheus: {},
    alertmanager: {},
    grafana: {},
    blackboxExporter: {},
    kubeStateMetrics: {},
    nodeRelabelings: [],
    nodeMetricRelabelings: [],
    runbookBase: null,
  } + env;
  local name =
    if std.objectHas(e, 'name') && std.isString(e.name) then e.name
    else error 'platform: expected env.name (a string), got ' + std.toString(std.objectHas(e, 'name'));
  local ns = e.namespace;
  local base = { namespace: ns };
  local mixinConfig = if e.runbookBase == null then {} else { runbookBase: e.runbookBase };
  local mixins = {
    node: stackc.mixins.node(mixinConfig),
    kubernetes: stackc.mixins.kubernetes(mixinConfig),
    prometheus: stackc.mixins.prometheus(mixinConfig),
    alertmanager: stackc.mixins.alertmanager(mixinConfig),
  };
  local am = stackc.alertmanager(base + e.alertmanager);
  local ruleLabels = { 'app.kubernetes.io/part-of': 'stackc', role: 'alert-rules' };
  {
    'setup/namespace': {
      apiVersion: 'v1',
      kind: 'Namespace',
      metadata: { name: ns, labels: { 'kubernetes.io/metadata.name': ns } },
    },
    prometheusOperator: stackc.prometheusOperator(base),
    prometheus: stackc.prometheus(base {
      externalLabels: { cluster: name },
      ruleSelector: { matchLabels: ruleLabels },
      alertmanagers: [{ name: am.service.metadata.name, port: am.service.spec.ports[0].name }],
    } + e.prometheus) + {
      rules: {
        [m]: stackc.mixin.prometheusRule(mixins[m], m + '-rules', ns, ruleLabels)
        for m in std.objectFields(mixins)
      },
    },
    alertmanager: am,
    nodeExporter: stackc.nodeExporter(base {
      relabelings: e.nodeRelabelings,
      metricRelabelings: e.nodeMetricRelabelings,
    }),
    kubeStateMetrics: stackc.kubeStateMetrics(base + e.kubeStateMetrics),
    blackboxExporter: stackc.blackboxExporter(base + e.blackboxExporter),
    grafana: stackc.grafana(base {
      mixins: [mixins[m] for m in std.objectFields(mixins)],
    } + e.grafana),
    kubernetesControlPlane: stackc.kubernetesControlPlane(base),
  }
