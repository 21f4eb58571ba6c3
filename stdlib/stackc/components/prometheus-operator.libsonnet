// stackc/components/prometheus-operator.libsonnet — the Prometheus Operator (without its
// CustomResourceDefinitions: apply the monitoring.coreos.com CRDs of the same version first).
//
// Usage: (import 'stackc/components/prometheus-operator.libsonnet')({ namespace: 'monitoring' })
//
// prometheusOperator(config) returns an object of manifests:
//   deployment          apps/v1 Deployment 'prometheus-operator', port 8080; it also manages
//                       the kubelet Service kube-system/kubelet (--kubelet-service) that the
//                       kubernetesControlPlane component's kubelet ServiceMonitor selects
//   serviceAccount      v1 ServiceAccount
//   clusterRole         the access the Operator needs (its CRs, StatefulSets, Secrets,
//                       ConfigMaps, Services/Endpoints, Pods, Nodes, Namespaces, Ingresses)
//   clusterRoleBinding
//   service             headless v1 Service, port `http` (8080)
//   serviceMonitor      ServiceMonitor scraping the Operator's metrics on `http`
//   networkPolicy       NetworkPolicy admitting Prometheus pods to 8080
//
// Config fields (defaults in brackets):
//   namespace (required)
//   version ['0.76.1'], image [quay.io/prometheus-operator/prometheus-operator:v<version>]
//   configReloaderImage [quay.io/prometheus-operator/prometheus-config-reloader:v<version>]
//   resources [{requests: {cpu: '100m', memory: '100Mi'}, limits: {memory: '200Mi'}}]
//   kubeletService ['kube-system/kubelet']   null disables the kubelet Service management
//   extraArgs [[]]
//   prometheusSelector, prometheusNamespace, extraIngress, commonLabels  (see common.libsonnet)
//
// Errors ('stackc/components/prometheus-operator: ...'): a non-object config, an unknown
// field, a missing namespace, a field of the wrong type.
local common = import 'common.libsonnet';

local schema = common.commonSchema {
  version: 'string',
  image: 'string?',
  configReloaderImage: 'string?',
  resources: 'object',
  kubeletService: 'string?',
  extraArgs: 'array',
};

local defaults = common.commonDefaults {
  version: '0.76.1',
  image: null,
  configReloaderImage: null,
  resources: { requests: { cpu: '100m', memory: '100Mi' }, limits: { memory: '200Mi' } },
  kubeletService: 'kube-system/kubelet',
  extraArgs: [],
};

local all = ['*'];

function(config)
  local cfg = common.config('prometheus-operator', schema, defaults, config);
  local name = 'prometheus-operator';
  local port = 8080;
  local portName = 'http';
  local labels = cfg.commonLabels + common.labels(name, 'controller', cfg.version);
  local podSelector = common.selectorLabels(labels);
  local meta = common.metadata(name, cfg.namespace, labels);
  {
    deployment: {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: meta,
      spec: {
        replicas: 1,
        selector: { matchLabels: podSelector },
        template: {
          metadata: {
            labels: labels,
            annotations: { 'kubectl.kubernetes.io/default-container': name },
          },
          spec: {
            serviceAccountName: name,
            automountServiceAccountToken: true,
            nodeSelector: { 'kubernetes.io/os': 'linux' },
            securityContext: { runAsUser: 65534, runAsNonRoot: true, seccompProfile: { type: 'RuntimeDefault' } },
            containers: [{
              name: name,
              image: if cfg.image == null then 'quay.io/prometheus-operator/prometheus-operator:v' + cfg.version else cfg.image,
              args: [
                '--web.listen-address=:' + port,
                '--prometheus-config-reloader=' + (
                  if cfg.configReloaderImage == null
                  then 'quay.io/prometheus-operator/prometheus-config-reloader:v' + cfg.version
                  else cfg.configReloaderImage
                ),
              ] + (if cfg.kubeletService == null then []
                   else ['--kubelet-service=' + cfg.kubeletService]) + cfg.extraArgs,
              ports: [{ name: portName, containerPort: port }],
              resources: cfg.resources,
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
      rules: [
        {
          apiGroups: ['monitoring.coreos.com'],
          resources: [
            'alertmanagers', 'alertmanagers/finalizers', 'alertmanagers/status', 'alertmanagerconfigs',
            'prometheuses', 'prometheuses/finalizers', 'prometheuses/status', 'prometheusagents',
            'prometheusagents/finalizers', 'prometheusagents/status', 'thanosrulers',
            'thanosrulers/finalizers', 'thanosrulers/status', 'scrapeconfigs', 'servicemonitors',
            'podmonitors', 'probes', 'prometheusrules',
          ],
          verbs: all,
        },
        { apiGroups: ['apps'], resources: ['statefulsets'], verbs: all },
        { apiGroups: [''], resources: ['configmaps', 'secrets'], verbs: all },
        { apiGroups: [''], resources: ['pods'], verbs: ['list', 'delete'] },
        { apiGroups: [''], resources: ['services', 'services/finalizers', 'endpoints'], verbs: ['get', 'create', 'update', 'delete'] },
        { apiGroups: ['discovery.k8s.io'], resources: ['endpointslices'], verbs: ['get', 'list', 'create', 'update', 'delete'] },
        { apiGroups: [''], resources: ['nodes'], verbs: ['list', 'watch'] },
        { apiGroups: [''], resources: ['namespaces'], verbs: ['get', 'list', 'watch'] },
        { apiGroups: [''], resources: ['events'], verbs: ['patch', 'create'] },
        { apiGroups: ['events.k8s.io'], resources: ['events'], verbs: ['patch', 'create'] },
        { apiGroups: ['networking.k8s.io'], resources: ['ingresses'], verbs: ['get', 'list', 'watch'] },
        { apiGroups: ['storage.k8s.io'], resources: ['storageclasses'], verbs: ['get'] },
      ],
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
        ports: [{ name: portName, port: port, targetPort: portName }],
        selector: podSelector,
      },
    },
    serviceMonitor: common.serviceMonitor(name, cfg.namespace, labels, labels, [
      { port: portName, interval: '30s', honorLabels: true },
    ]),
    networkPolicy: common.networkPolicy(name, cfg.namespace, labels, podSelector, [port], cfg),
  }
