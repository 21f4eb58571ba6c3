local stackc = import 'stackc/stackc.libsonnet';
{
  default: stackc.kubernetesControlPlane({ namespace: 'monitoring' }),
  noCoreDNS: stackc.kubernetesControlPlane({ namespace: 'monitoring', coreDNS: false, cadvisorDropMetrics: ['container_tasks_state'] }),
}
