(import 'stackc/stackc.libsonnet').grafana({ namespace: 'm', mixins: ['node'] }).dashboards
