// Defaults: HA Prometheus with PDB, cluster-wide discovery RBAC.
(import 'stackc/components/prometheus.libsonnet')({ namespace: 'monitoring' })
