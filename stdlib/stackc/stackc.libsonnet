// stackc/stackc.libsonnet — the entry point of the stackc monitoring library.
//
// Usage: local stackc = import 'stackc/stackc.libsonnet';
//        stackc.prometheus({ namespace: 'monitoring' })
//
// Fields:
//   Components — each a function(config) returning an object of manifests; see the comment at
//   the top of each file in stackc/components/ for its config fields, defaults and errors:
//     prometheus, alertmanager, nodeExporter, kubeStateMetrics, blackboxExporter, grafana,
//     prometheusOperator, kubernetesControlPlane
//   Helpers (see their files): relabel, alerts, rules, mixin
//   mixins: { node, kubernetes, prometheus, alertmanager } — functions(config) returning mixins
{
  prometheus: import 'components/prometheus.libsonnet',
  alertmanager: import 'components/alertmanager.libsonnet',
  nodeExporter: import 'components/node-exporter.libsonnet',
  kubeStateMetrics: import 'components/kube-state-metrics.libsonnet',
  blackboxExporter: import 'components/blackbox-exporter.libsonnet',
  grafana: import 'components/grafana.libsonnet',
  prometheusOperator: import 'components/prometheus-operator.libsonnet',
  kubernetesControlPlane: import 'components/kubernetes-control-plane.libsonnet',

  relabel: import 'relabel.libsonnet',
  alerts: import 'alerts.libsonnet',
  rules: import 'rules.libsonnet',
  mixin: import 'mixin.libsonnet',
  mixins: {
    node: import 'mixins/node.libsonnet',
    kubernetes: import 'mixins/kubernetes.libsonnet',
    prometheus: import 'mixins/prometheus.libsonnet',
    alertmanager: import 'mixins/alertmanager.libsonnet',
  },
}
