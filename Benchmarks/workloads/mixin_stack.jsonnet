// A realistic mixin-style stack: ~200 rule groups, dashboards built by helper functions,
// deep merges with `+:`, manifested as JSON.
local lib = import 'lib/monitoring.libsonnet';
local names = ['node', 'kubelet', 'apiserver', 'prometheus', 'alertmanager', 'etcd', 'coredns', 'grafana'];
local mixins = std.foldl(function(acc, n) acc + lib.mixin(n, 25), names, {});
local overrides = {
  _config+:: { interval: '10m' },
  prometheusAlerts+:: { groups+: [{ name: 'extra.rules', rules: [lib.alert('Extra', 'vector(1)', 'info')] }] },
};
local stack = mixins + overrides;
{
  rules: stack.prometheusAlerts + { groups+: stack.prometheusRules.groups },
  dashboards: stack.grafanaDashboards,
}
