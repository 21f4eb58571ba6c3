// stackc/components/blackbox-exporter.libsonnet — the Prometheus blackbox_exporter (probes
// endpoints over HTTP, TCP, ICMP, DNS), plus one Probe per configured target group.
//
// Usage: (import 'stackc/components/blackbox-exporter.libsonnet')({ namespace: 'monitoring',
//          probes: { website: { module: 'http_2xx', targets: ['https://example.com'] } } })
//
// blackboxExporter(config) returns an object of manifests:
//   configMap        v1 ConfigMap 'blackbox-exporter-configuration', config.yml =
//                    std.manifestYamlDoc({modules: config.modules})
//   deployment       apps/v1 Deployment 'blackbox-exporter', port 9115
//   serviceAccount   v1 ServiceAccount (no token mounted)
//   service          v1 Service, port `http` (9115)
//   serviceMonitor   ServiceMonitor scraping the exporter's own metrics on `http`
//   networkPolicy    NetworkPolicy admitting Prometheus pods to 9115
//   'probe-<name>'   one monitoring.coreos.com/v1 Probe per field of config.probes, probing
//                    through the Service (prober url = <service>.<namespace>.svc:9115)
//
// Config fields (defaults in brackets):
//   namespace (required)
//   version ['0.25.0'], image [quay.io/prometheus/blackbox-exporter:v<version>]
//   replicas [1], resources [{requests: {cpu: '10m', memory: '20Mi'}, limits: {memory: '40Mi'}}]
//   modules [http_2xx, http_post_2xx, tcp_connect, icmp, dns (blackbox.yml `modules`)]
//   probes [{}]      name -> {module, targets (non-empty array of strings), interval? ['30s']}
//   prometheusSelector, prometheusNamespace, extraIngress, commonLabels  (see common.libsonnet)
//
// Errors ('stackc/components/blackbox-exporter: ...'): a non-object config, an unknown field,
// a missing namespace, a field of the wrong type, a probe whose module is not in
// config.modules, a probe without targets.
local common = import 'common.libsonnet';

local schema = common.commonSchema {
  version: 'string',
  image: 'string?',
  replicas: 'posint',
  resources: 'object',
  modules: 'object',
  probes: 'object',
};

local defaults = common.commonDefaults {
  version: '0.25.0',
  image: null,
  replicas: 1,
  resources: { requests: { cpu: '10m', memory: '20Mi' }, limits: { memory: '40Mi' } },
  modules: {
    http_2xx: { prober: 'http', http: { preferred_ip_protocol: 'ip4' } },
    http_post_2xx: { prober: 'http', http: { method: 'POST', preferred_ip_protocol: 'ip4' } },
    tcp_connect: { prober: 'tcp', tcp: { preferred_ip_protocol: 'ip4' } },
    icmp: { prober: 'icmp', icmp: { preferred_ip_protocol: 'ip4' } },
    dns: { prober: 'dns', dns: { query_name: 'kubernetes.default.svc', preferred_ip_protocol: 'ip4' } },
  },
  probes: {},
};

local prefix = 'stackc/components/blackbox-exporter: ';

function(config)
  local cfg = common.config('blackbox-exporter', schema, defaults, config);
  local name = 'blackbox-exporter';
  local port = 9115;
  local portName = 'http';
  local labels = cfg.commonLabels + common.labels(name, 'exporter', cfg.version);
  local podSelector = common.selectorLabels(labels);
  local meta = common.metadata(name, cfg.namespace, labels);
  local configName = name + '-configuration';
  local probe(pname, p) =
    if !std.isObject(p) || !std.objectHas(p, 'module') || !std.objectHas(cfg.modules, p.module) then
      error prefix + 'expected config.probes.' + pname + '.module to be one of the modules ('
            + std.join(', ', std.objectFields(cfg.modules)) + '), got '
            + common.show(if std.isObject(p) && std.objectHas(p, 'module') then p.module else null)
    else if !std.objectHas(p, 'targets') || !std.isArray(p.targets) || p.targets == [] then
      error prefix + 'expected config.probes.' + pname + '.targets to be a non-empty array, got '
            + common.show(if std.objectHas(p, 'targets') then p.targets else null)
    else {
      apiVersion: 'monitoring.coreos.com/v1',
      kind: 'Probe',
      metadata: common.metadata(pname, cfg.namespace, labels),
      spec: {
        jobName: pname,
        module: p.module,
        interval: if std.objectHas(p, 'interval') then p.interval else '30s',
        prober: { url: name + '.' + cfg.namespace + '.svc:' + port },
        targets: { staticConfig: { static: p.targets } },
      },
    };
  {
    configMap: {
      apiVersion: 'v1',
      kind: 'ConfigMap',
      metadata: common.metadata(configName, cfg.namespace, labels),
      data: { 'config.yml': std.manifestYamlDoc({ modules: cfg.modules }) },
    },
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
            containers: [{
              name: name,
              image: if cfg.image == null then 'quay.io/prometheus/blackbox-exporter:v' + cfg.version else cfg.image,
              args: ['--config.file=/etc/blackbox_exporter/config.yml', '--web.listen-address=:' + port],
              ports: [{ name: portName, containerPort: port }],
              resources: cfg.resources,
              securityContext: {
                allowPrivilegeEscalation: false,
                readOnlyRootFilesystem: true,
                runAsNonRoot: true,
                runAsUser: 65534,
                capabilities: { drop: ['ALL'], add: ['NET_RAW'] },
              },
              volumeMounts: [{ name: 'config', mountPath: '/etc/blackbox_exporter/', readOnly: true }],
            }],
            volumes: [{ name: 'config', configMap: { name: configName } }],
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
  } + {
    ['probe-' + pname]: probe(pname, cfg.probes[pname])
    for pname in std.objectFields(cfg.probes)
  }
