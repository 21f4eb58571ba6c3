// Every ServiceMonitor selects its Service's labels and port names, and every NetworkPolicy
// admits Prometheus to exactly the container ports.
local stackc = import 'stackc/stackc.libsonnet';
local ns = { namespace: 'monitoring' };
local comps = {
  prometheus: stackc.prometheus(ns), alertmanager: stackc.alertmanager(ns),
  nodeExporter: stackc.nodeExporter(ns), kubeStateMetrics: stackc.kubeStateMetrics(ns),
  blackboxExporter: stackc.blackboxExporter(ns), grafana: stackc.grafana(ns),
  prometheusOperator: stackc.prometheusOperator(ns),
};
{
  [c]: {
    local x = comps[c],
    selectorMatchesService: x.serviceMonitor.spec.selector.matchLabels == x.service.metadata.labels,
    endpointPortsAreServicePorts: std.all([
      std.member([p.name for p in x.service.spec.ports], e.port) for e in x.serviceMonitor.spec.endpoints
    ]),
    policyPorts: [p.port for p in x.networkPolicy.spec.ingress[0].ports],
    policyAdmits: x.networkPolicy.spec.ingress[0].from[0].podSelector.matchLabels,
    jobLabel: x.service.metadata.labels[x.serviceMonitor.spec.jobLabel],
  }
  for c in std.objectFields(comps)
}
