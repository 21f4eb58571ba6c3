// stackc/components/grafana.libsonnet — Grafana with a provisioned Prometheus datasource and
// the dashboards of the given mixins.
//
// Usage: (import 'stackc/components/grafana.libsonnet')({ namespace: 'monitoring',
//          mixins: [nodeMixin, kubernetesMixin] })
//
// grafana(config) returns an object of manifests:
//   deployment            apps/v1 Deployment 'grafana', port 3000, with the datasources Secret,
//                         the provider ConfigMap and every dashboard ConfigMap mounted
//   serviceAccount        v1 ServiceAccount (no token mounted)
//   service               v1 Service, port `http` (3000)
//   serviceMonitor        ServiceMonitor scraping Grafana's /metrics on `http`
//   networkPolicy         NetworkPolicy admitting Prometheus pods to 3000, then extraIngress
//                         (add the peers that may open the UI there)
//   datasources           v1 Secret 'grafana-datasources', datasources.yaml (provisioning
//                         file, std.manifestYamlDoc) with a default Prometheus datasource
//   dashboardProvider     v1 ConfigMap 'grafana-dashboards', dashboards.yaml (file provider
//                         reading /grafana-dashboard-definitions/0)
//   dashboards            object of dashboard ConfigMaps from stackc/mixin.dashboardConfigMaps
//                         of every dashboard of config.mixins plus config.dashboards
//
// Config fields (defaults in brackets):
//   namespace (required)
//   version ['11.2.0'], image [grafana/grafana:<version>]
//   replicas [1], resources [{requests: {cpu: '100m', memory: '100Mi'}, limits: {memory: '200Mi'}}]
//   prometheusUrl [http://prometheus-k8s.<namespace>.svc:9090]  URL of the default datasource
//   datasources [[]]      extra datasource entries (Grafana provisioning format)
//   mixins [[]]           mixin objects whose grafanaDashboards are provisioned
//   dashboards [{}]       extra dashboards, file name ('x.json') -> dashboard JSON model
//   folder ['stackc']     Grafana folder of the provisioned dashboards
//   env [{}]              extra environment variables (name -> value), e.g. GF_AUTH_* settings
//   prometheusSelector, prometheusNamespace, extraIngress, commonLabels  (see common.libsonnet)
//
// Errors ('stackc/components/grafana: ...'): a non-object config, an unknown field, a missing
// namespace, a field of the wrong type, a mixin that is not an object, two dashboards with
// the same file name; the errors of stackc/mixin.dashboardConfigMaps (bad file names...).
local common = import 'common.libsonnet';
local mixin = import 'stackc/mixin.libsonnet';

local schema = common.commonSchema {
  version: 'string',
  image: 'string?',
  replicas: 'posint',
  resources: 'object',
  prometheusUrl: 'string?',
  datasources: 'array',
  mixins: 'array',
  dashboards: 'object',
  folder: 'string',
  env: 'object',
};

local defaults = common.commonDefaults {
  version: '11.2.0',
  image: null,
  replicas: 1,
  resources: { requests: { cpu: '100m', memory: '100Mi' }, limits: { memory: '200Mi' } },
  prometheusUrl: null,
  datasources: [],
  mixins: [],
  dashboards: {},
  folder: 'stackc',
  env: {},
};

local prefix = 'stackc/components/grafana: ';

function(config)
  local cfg = common.config('grafana', schema, defaults, config);
  local name = 'grafana';
  local port = 3000;
  local portName = 'http';
  local labels = cfg.commonLabels + common.labels(name, 'grafana', cfg.version);
  local podSelector = common.selectorLabels(labels);
  local meta = common.metadata(name, cfg.namespace, labels);
  local dashboardSets = [
    if std.isObject(m) then (if std.objectHas(m, 'grafanaDashboards') then m.grafanaDashboards else {})
    else error prefix + 'expected each config.mixins entry to be a mixin object, got ' + common.show(m)
    for m in cfg.mixins
  ] + [cfg.dashboards];
  local fileNames = std.sort(std.flattenArrays([std.objectFields(d) for d in dashboardSets]));
  local dups = [fileNames[i] for i in std.range(1, std.length(fileNames) - 1) if fileNames[i] == fileNames[i - 1]];
  local allDashboards =
    if dups != [] then error prefix + 'expected dashboard file names to be unique, got ' + common.show(dups[0]) + ' twice'
    else std.foldl(function(acc, d) acc + d, dashboardSets, {});
  local dashboards = mixin.dashboardConfigMaps({ grafanaDashboards: allDashboards }, cfg.namespace, labels);
  local dashboardNames = std.objectFields(dashboards);
  local definitions = '/grafana-dashboard-definitions/0';
  local datasourcesName = 'grafana-datasources';
  local providerName = 'grafana-dashboards';
  local prometheusUrl =
    if cfg.prometheusUrl == null then 'http://prometheus-k8s.' + cfg.namespace + '.svc:9090' else cfg.prometheusUrl;
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
            automountServiceAccountToken: false,
            nodeSelector: { 'kubernetes.io/os': 'linux' },
            securityContext: { runAsUser: 65534, runAsGroup: 65534, runAsNonRoot: true, fsGroup: 65534 },
            containers: [{
              name: name,
              image: if cfg.image == null then 'grafana/grafana:' + cfg.version else cfg.image,
              ports: [{ name: portName, containerPort: port }],
              env: [{ name: k, value: cfg.env[k] } for k in std.objectFields(cfg.env)],
              resources: cfg.resources,
              readinessProbe: { httpGet: { path: '/api/health', port: portName } },
              securityContext: {
                allowPrivilegeEscalation: false,
                readOnlyRootFilesystem: true,
                capabilities: { drop: ['ALL'] },
              },
              volumeMounts: [
                { name: 'grafana-storage', mountPath: '/var/lib/grafana' },
                { name: 'tmp', mountPath: '/tmp' },
                { name: datasourcesName, mountPath: '/etc/grafana/provisioning/datasources', readOnly: true },
                { name: providerName, mountPath: '/etc/grafana/provisioning/dashboards', readOnly: true },
              ] + [
                { name: 'dashboard-' + i, mountPath: definitions + '/' + dashboardNames[i], readOnly: true }
                for i in std.range(0, std.length(dashboardNames) - 1)
              ],
            }],
            volumes: [
              { name: 'grafana-storage', emptyDir: {} },
              { name: 'tmp', emptyDir: {} },
              { name: datasourcesName, secret: { secretName: datasourcesName } },
              { name: providerName, configMap: { name: providerName } },
            ] + [
              { name: 'dashboard-' + i, configMap: { name: dashboards[dashboardNames[i]].metadata.name } }
              for i in std.range(0, std.length(dashboardNames) - 1)
            ],
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
    service: {
      apiVersion: 'v1',
      kind: 'Service',
      metadata: meta,
      spec: {
        ports: [{ name: portName, port: port, targetPort: portName }],
        selector: podSelector,
      },
    },
    serviceMonitor: common.serviceMonitor(name, cfg.namespace, labels, labels, [
      { port: portName, interval: '30s' },
    ]),
    networkPolicy: common.networkPolicy(name, cfg.namespace, labels, podSelector, [port], cfg),
    datasources: {
      apiVersion: 'v1',
      kind: 'Secret',
      metadata: common.metadata(datasourcesName, cfg.namespace, labels),
      type: 'Opaque',
      stringData: {
        'datasources.yaml': std.manifestYamlDoc({
          apiVersion: 1,
          datasources: [{
            name: 'prometheus',
            type: 'prometheus',
            access: 'proxy',
            orgId: 1,
            url: prometheusUrl,
            isDefault: true,
            editable: false,
          }] + cfg.datasources,
        }),
      },
    },
    dashboardProvider: {
      apiVersion: 'v1',
      kind: 'ConfigMap',
      metadata: common.metadata(providerName, cfg.namespace, labels),
      data: {
        'dashboards.yaml': std.manifestYamlDoc({
          apiVersion: 1,
          providers: [{
            name: '0',
            orgId: 1,
            folder: cfg.folder,
            type: 'file',
            options: { path: definitions },
          }],
        }),
      },
    },
    dashboards: dashboards,
  }
