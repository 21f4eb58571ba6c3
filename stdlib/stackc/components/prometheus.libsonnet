// stackc/components/prometheus.libsonnet — a Prometheus server run by the Prometheus Operator.
//
// Usage: (import 'stackc/components/prometheus.libsonnet')({ namespace: 'monitoring' })
//   or  (import 'stackc/stackc.libsonnet').prometheus({ namespace: 'monitoring', ... })
//
// prometheus(config) returns an object of manifests:
//   prometheus          monitoring.coreos.com/v1 Prometheus
//   serviceAccount      v1 ServiceAccount
//   clusterRole         rbac ClusterRole (nodes/metrics, /metrics; plus services, endpoints,
//                       pods, ingresses cluster-wide when config.namespaces is empty)
//   clusterRoleBinding  rbac ClusterRoleBinding
//   'role-<ns>' / 'roleBinding-<ns>'  one Role + RoleBinding per entry of config.namespaces
//   service             v1 Service, port `web` (9090)
//   serviceMonitor      ServiceMonitor scraping the Service's `web` port (self-monitoring)
//   podDisruptionBudget policy/v1 PDB (only when replicas >= 2)
//   networkPolicy       NetworkPolicy admitting Prometheus itself and config.grafanaSelector
//                       pods to port 9090
//
// Config fields (defaults in brackets):
//   namespace (required)      namespace of every namespaced object
//   name ['k8s']              the Prometheus CR name; objects are named 'prometheus-<name>'
//   version ['2.54.1']        Prometheus version (label app.kubernetes.io/version, spec.version)
//   image [quay.io/prometheus/prometheus:v<version>]
//   replicas [2]              integer >= 1
//   retention ['15d']         spec.retention
//   resources [{requests: {memory: '400Mi'}}]
//   externalLabels [{}]
//   ruleSelector [{}]         label selector of PrometheusRules ({} = all)
//   ruleNamespaceSelector [{}], serviceMonitorSelector [{}], serviceMonitorNamespaceSelector [{}],
//   podMonitorSelector [{}], podMonitorNamespaceSelector [{}], probeSelector [{}],
//   probeNamespaceSelector [{}]
//   alertmanagers [[]]        array of {name, namespace?, port?} naming Alertmanager Services;
//                             namespace defaults to config.namespace, port to 'web'
//   remoteWrite [[]]          spec.remoteWrite entries (RemoteWriteSpec objects)
//   namespaces [[]]           when non-empty, service discovery RBAC is namespaced to these
//   storage [null]            spec.storage (StorageSpec) or null for emptyDir
//   grafanaSelector [{app.kubernetes.io/name: grafana}]  pods allowed to query the API
//   prometheusSelector, prometheusNamespace, extraIngress, commonLabels  (see common.libsonnet)
//
// Errors: 'stackc/components/prometheus: ...' for a non-object config, an unknown field, a
// missing namespace, a field of the wrong type, or an alertmanagers entry without a name.
local common = import 'common.libsonnet';

local schema = common.commonSchema {
  name: 'string',
  version: 'string',
  image: 'string?',
  replicas: 'posint',
  retention: 'string',
  resources: 'object',
  externalLabels: 'object',
  ruleSelector: 'object',
  ruleNamespaceSelector: 'object',
  serviceMonitorSelector: 'object',
  serviceMonitorNamespaceSelector: 'object',
  podMonitorSelector: 'object',
  podMonitorNamespaceSelector: 'object',
  probeSelector: 'object',
  probeNamespaceSelector: 'object',
  alertmanagers: 'array',
  remoteWrite: 'array',
  namespaces: 'array',
  storage: 'object?',
  grafanaSelector: 'object',
};

local defaults = common.commonDefaults {
  name: 'k8s',
  version: '2.54.1',
  image: null,
  replicas: 2,
  retention: '15d',
  resources: { requests: { memory: '400Mi' } },
  externalLabels: {},
  ruleSelector: {},
  ruleNamespaceSelector: {},
  serviceMonitorSelector: {},
  serviceMonitorNamespaceSelector: {},
  podMonitorSelector: {},
  podMonitorNamespaceSelector: {},
  probeSelector: {},
  probeNamespaceSelector: {},
  alertmanagers: [],
  remoteWrite: [],
  namespaces: [],
  storage: null,
  grafanaSelector: { 'app.kubernetes.io/name': 'grafana' },
};

function(config)
  local cfg = common.config('prometheus', schema, defaults, config);
  local objName = 'prometheus-' + cfg.name;
  local port = 9090;
  local portName = 'web';
  local labels = cfg.commonLabels + common.labels('prometheus', 'prometheus', cfg.version) {
    'app.kubernetes.io/instance': cfg.name,
  };
  local podSelector = common.selectorLabels(labels);
  local meta = common.metadata(objName, cfg.namespace, labels);
  local alertmanager(a) =
    if !std.isObject(a) || !std.objectHas(a, 'name') || !std.isString(a.name) then
      error 'stackc/components/prometheus: expected each config.alertmanagers entry to be an object with a string name, got ' + common.show(a)
    else {
      apiVersion: 'v2',
      name: a.name,
      namespace: if std.objectHas(a, 'namespace') then a.namespace else cfg.namespace,
      port: if std.objectHas(a, 'port') then a.port else 'web',
    };
  local discoveryRules = [
    {
      apiGroups: [''],
      resources: ['services', 'endpoints', 'pods'],
      verbs: ['get', 'list', 'watch'],
    },
    {
      apiGroups: ['discovery.k8s.io'],
      resources: ['endpointslices'],
      verbs: ['get', 'list', 'watch'],
    },
    {
      apiGroups: ['networking.k8s.io'],
      resources: ['ingresses'],
      verbs: ['get', 'list', 'watch'],
    },
  ];
  local subject = { kind: 'ServiceAccount', name: objName, namespace: cfg.namespace };
  local pdb = common.pdb(objName, cfg.namespace, labels, podSelector, cfg.replicas);
  {
    prometheus: {
      apiVersion: 'monitoring.coreos.com/v1',
      kind: 'Prometheus',
      metadata: common.metadata(cfg.name, cfg.namespace, labels),
      spec: common.withoutNulls({
        version: cfg.version,
        image: if cfg.image == null then 'quay.io/prometheus/prometheus:v' + cfg.version else cfg.image,
        replicas: cfg.replicas,
        retention: cfg.retention,
        resources: cfg.resources,
        externalLabels: cfg.externalLabels,
        podMetadata: { labels: labels },
        serviceAccountName: objName,
        ruleSelector: cfg.ruleSelector,
        ruleNamespaceSelector: cfg.ruleNamespaceSelector,
        serviceMonitorSelector: cfg.serviceMonitorSelector,
        serviceMonitorNamespaceSelector: cfg.serviceMonitorNamespaceSelector,
        podMonitorSelector: cfg.podMonitorSelector,
        podMonitorNamespaceSelector: cfg.podMonitorNamespaceSelector,
        probeSelector: cfg.probeSelector,
        probeNamespaceSelector: cfg.probeNamespaceSelector,
        alerting: if cfg.alertmanagers == [] then null
        else { alertmanagers: [alertmanager(a) for a in cfg.alertmanagers] },
        remoteWrite: if cfg.remoteWrite == [] then null else cfg.remoteWrite,
        storage: cfg.storage,
        securityContext: { runAsUser: 1000, runAsNonRoot: true, fsGroup: 2000 },
      }),
    },
    serviceAccount: {
      apiVersion: 'v1',
      kind: 'ServiceAccount',
      metadata: meta,
      automountServiceAccountToken: true,
    },
    clusterRole: {
      apiVersion: 'rbac.authorization.k8s.io/v1',
      kind: 'ClusterRole',
      metadata: { name: objName, labels: labels },
      rules: [
        { apiGroups: [''], resources: ['nodes/metrics'], verbs: ['get'] },
        { nonResourceURLs: ['/metrics'], verbs: ['get'] },
      ] + (if cfg.namespaces == [] then discoveryRules else []),
    },
    clusterRoleBinding: {
      apiVersion: 'rbac.authorization.k8s.io/v1',
      kind: 'ClusterRoleBinding',
      metadata: { name: objName, labels: labels },
      roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: objName },
      subjects: [subject],
    },
    service: {
      apiVersion: 'v1',
      kind: 'Service',
      metadata: meta,
      spec: {
        ports: [{ name: portName, port: port, targetPort: portName }],
        selector: podSelector,
        sessionAffinity: 'ClientIP',
      },
    },
    serviceMonitor: common.serviceMonitor(objName, cfg.namespace, labels, labels, [
      { port: portName, interval: '30s' },
    ]),
    networkPolicy: common.networkPolicy(objName, cfg.namespace, labels, podSelector, [port], cfg, [
      {
        from: [{ podSelector: { matchLabels: cfg.grafanaSelector } }],
        ports: [{ port: port, protocol: 'TCP' }],
      },
    ]),
  }
  + (if pdb == null then {} else { podDisruptionBudget: pdb })
  + {
    ['role-' + ns]: {
      apiVersion: 'rbac.authorization.k8s.io/v1',
      kind: 'Role',
      metadata: { name: objName, namespace: ns, labels: labels },
      rules: discoveryRules,
    }
    for ns in cfg.namespaces
  }
  + {
    ['roleBinding-' + ns]: {
      apiVersion: 'rbac.authorization.k8s.io/v1',
      kind: 'RoleBinding',
      metadata: { name: objName, namespace: ns, labels: labels },
      roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'Role', name: objName },
      subjects: [subject],
    }
    for ns in cfg.namespaces
  }
