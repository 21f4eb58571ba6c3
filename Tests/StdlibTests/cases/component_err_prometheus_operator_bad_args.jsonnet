(import 'stackc/stackc.libsonnet').prometheusOperator({ namespace: 'm', extraArgs: '--x' }).deployment
