local mx = (import 'stackc/mixins/kubernetes.libsonnet')({ namespaceSelector: 'namespace!~"kube-.*"', podNotReadyFor: '30m', cpuThrottlingPercent: 50 });
{ alerts: mx.prometheusAlerts, rules: mx.prometheusRules }
