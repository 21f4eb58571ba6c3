(import 'stackc/stackc.libsonnet').kubernetesControlPlane({ namespace: 'm', coreDNS: 'yes' })
