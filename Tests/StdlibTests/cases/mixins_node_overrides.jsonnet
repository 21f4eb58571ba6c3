local mx = (import 'stackc/mixins/node.libsonnet')({ nodeExporterSelector: '', runbookBase: null, cpuHighPercent: 95, clockSkewSeconds: 0.1 });
{ alerts: mx.prometheusAlerts, rules: mx.prometheusRules }
