local d = { grafanaDashboards: { 'a.json': {} } };
(import 'stackc/stackc.libsonnet').grafana({ namespace: 'm', mixins: [d, d] }).dashboards
