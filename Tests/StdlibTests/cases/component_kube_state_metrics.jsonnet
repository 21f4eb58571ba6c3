local stackc = import 'stackc/stackc.libsonnet';
{
  default: stackc.kubeStateMetrics({ namespace: 'monitoring' }),
  custom: stackc.kubeStateMetrics({
    namespace: 'monitoring', metricLabelsAllowlist: ['pods=[team]', 'namespaces=[*]'],
    metricRelabelings: [stackc.relabel.dropMetrics(['kube_replicaset_.*'])],
  }),
}
