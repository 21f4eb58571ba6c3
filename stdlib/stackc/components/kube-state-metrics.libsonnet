// stackc/components/kube-state-metrics.libsonnet — kube-state-metrics (metrics about the state
// of Kubernetes objects).
//
// Usage: (import 'stackc/components/kube-state-metrics.libsonnet')({ namespace: 'monitoring' })
//
// kubeStateMetrics(config) returns an object of manifests:
//   deployment          apps/v1 Deployment 'kube-state-metrics' (ports 8080 metrics, 8081 telemetry)
//   serviceAccount      v1 ServiceAccount
//   clusterRole         read-only (list, watch) access to the objects it reports on
//   clusterRoleBinding
//   service             headless v1 Service, ports `http-metrics` (8080), `telemetry` (8081)
//   serviceMonitor      ServiceMonitor: `http-metrics` with honorLabels true (the metrics carry
//                       the object's namespace/pod labels) and metricRelabelings
//                       config.metricRelabelings; `telemetry` for its own metrics
//   networkPolicy       NetworkPolicy admitting Prometheus pods to 8080 and 8081
//
// Config fields (defaults in brackets):
//   namespace (required)
//   version ['2.13.0'], image [registry.k8s.io/kube-state-metrics/kube-state-metrics:v<version>]
//   replicas [1], resources [{requests: {cpu: '10m', memory: '190Mi'}, limits: {memory: '250Mi'}}]
//   interval ['30s'], metricRelabelings [[]]
//   metricLabelsAllowlist [[]]   values of --metric-labels-allowlist (e.g. 'pods=[*]')
//   prometheusSelector, prometheusNamespace, extraIngress, commonLabels  (see common.libsonnet)
//
// Errors ('stackc/components/kube-state-metrics: ...'): a non-object config, an unknown field,
// a missing namespace, a field of the wrong type.
local common = import 'common.libsonnet';

local schema = common.commonSchema {
  version: 'string',
  image: 'string?',
  replicas: 'posint',
  resources: 'object',
  interval: 'string',
  metricRelabelings: 'array',
  metricLabelsAllowlist: 'array',
};

local defaults = common.commonDefaults {
  version: '2.13.0',
  image: null,
  replicas: 1,
  resources: { requests: { cpu: '10m', memory: '190Mi' }, limits: { memory: '250Mi' } },
  interval: '30s',
  metricRelabelings: [],
  metricLabelsAllowlist: [],
};

local readRules = [
  { apiGroups: [''], resources: ['configmaps', 'secrets', 'nodes', 'pods', 'services', 'serviceaccounts', 'resourcequotas', 'replicationcontrollers', 'limitranges', 'persistentvolumeclaims', 'persistentvolumes', 'namespaces', 'endpoints'] },
  { apiGroups: ['apps'], resources: ['statefulsets', 'daemonsets', 'deployments', 'replicasets'] },
  { apiGroups: ['batch'], resources: ['cronjobs', 'jobs'] },
  { apiGroups: ['autoscaling'], resources: ['horizontalpodautoscalers'] },
  { apiGroups: ['policy'], resources: ['poddisruptionbudgets'] },
  { apiGroups: ['certificates.k8s.io'], resources: ['certificatesigningrequests'] },
  { apiGroups: ['discovery.k8s.io'], resources: ['endpointslices'] },
  { apiGroups: ['storage.k8s.io'], resources: ['storageclasses', 'volumeattachments'] },
  { apiGroups: ['admissionregistration.k8s.io'], resources: ['mutatingwebhookconfigurations', 'validatingwebhookconfigurations'] },
  { apiGroups: ['networking.k8s.io'], resources: ['networkpolicies', 'ingresses', 'ingressclasses'] },
  { apiGroups: ['coordination.k8s.io'], resources: ['leases'] },
  { apiGroups: ['rbac.authorization.k8s.io'], resources: ['clusterrolebindings', 'clusterroles', 'rolebindings', 'roles'] },
];

function(config)
  local cfg = common.config('kube-state-metrics', schema, defaults, config);
  local name = 'kube-state-metrics';
  local port = 8080;
  local portName = 'http-metrics';
  local telemetryPort = 8081;
  local telemetryPortName = 'telemetry';
  local labels = cfg.commonLabels + common.labels(name, 'exporter', cfg.version);
  local podSelector = common.selectorLabels(labels);
  local meta = common.metadata(name, cfg.namespace, labels);
  {
    deployment: {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: meta,
      spec: {
        replicas: cfg.replicas,
        selector: { matchLabels: podSelector },
        template: {
          metadata: { labels: labels },
          spec: {
            serviceAccountName: name,
            automountServiceAccountToken: true,
            nodeSelector: { 'kubernetes.io/os': 'linux' },
            securityContext: { runAsUser: 65534, runAsGroup: 65534, runAsNonRoot: true, fsGroup: 65534 },
            containers: [{
              name: name,
              image: if cfg.image == null then 'registry.k8s.io/kube-state-metrics/kube-state-metrics:v' + cfg.version else cfg.image,
              args: [
                '--port=' + port,
                '--telemetry-port=' + telemetryPort,
              ] + (if cfg.metricLabelsAllowlist == [] then []
                   else ['--metric-labels-allowlist=' + std.join(',', cfg.metricLabelsAllowlist)]),
              ports: [
                { name: portName, containerPort: port },
                { name: telemetryPortName, containerPort: telemetryPort },
              ],
              resources: cfg.resources,
              livenessProbe: { httpGet: { path: '/livez', port: portName }, initialDelaySeconds: 5, timeoutSeconds: 5 },
              readinessProbe: { httpGet: { path: '/readyz', port: telemetryPortName }, initialDelaySeconds: 5, timeoutSeconds: 5 },
              securityContext: {
                allowPrivilegeEscalation: false,
                readOnlyRootFilesystem: true,
                capabilities: { drop: ['ALL'] },
              },
            }],
          },
        },
      },
    },
    serviceAccount: {
      apiVersion: 'v1',
      kind: 'ServiceAccount',
      metadata: meta,
      automountServiceAccountToken: false,
    },
    clusterRole: {
      apiVersion: 'rbac.authorization.k8s.io/v1',
      kind: 'ClusterRole',
      metadata: { name: name, labels: labels },
      rules: [r { verbs: ['list', 'watch'] } for r in readRules],
    },
    clusterRoleBinding: {
      apiVersion: 'rbac.authorization.k8s.io/v1',
      kind: 'ClusterRoleBinding',
      metadata: { name: name, labels: labels },
      roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: name },
      subjects: [{ kind: 'ServiceAccount', name: name, namespace: cfg.namespace }],
    },
    service: {
      apiVersion: 'v1',
      kind: 'Service',
      metadata: meta,
      spec: {
        clusterIP: 'None',
        ports: [
          { name: portName, port: port, targetPort: portName },
          { name: telemetryPortName, port: telemetryPort, targetPort: telemetryPortName },
        ],
        selector: podSelector,
      },
    },
    serviceMonitor: common.serviceMonitor(name, cfg.namespace, labels, labels, [
      {
        port: portName,
        interval: cfg.interval,
        scrapeTimeout: cfg.interval,
        honorLabels: true,
      } + (if cfg.metricRelabelings == [] then {} else { metricRelabelings: cfg.metricRelabelings }),
      { port: telemetryPortName, interval: cfg.interval },
    ]),
    networkPolicy: common.networkPolicy(name, cfg.namespace, labels, podSelector, [port, telemetryPort], cfg),
  }
