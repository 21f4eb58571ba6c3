(import 'stackc/stackc.libsonnet').prometheus({ namespace: 'm', alertmanagers: ['alertmanager-main'] }).prometheus
