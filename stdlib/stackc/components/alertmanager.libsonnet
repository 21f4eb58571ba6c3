// stackc/components/alertmanager.libsonnet — an Alertmanager cluster run by the Prometheus
// Operator, with its configuration written in Jsonnet.
//
// Usage: (import 'stackc/components/alertmanager.libsonnet')({ namespace: 'monitoring',
//          receivers: [{ name: 'team', slack_configs: [...] }], route: { receiver: 'team' } })
//
// alertmanager(config) returns an object of manifests:
//   alertmanager        monitoring.coreos.com/v1 Alertmanager (named config.name)
//   secret              v1 Secret 'alertmanager-<name>' whose stringData['alertmanager.yaml'] is
//                       std.manifestYamlDoc of {global?, route, receivers, inhibit_rules?,
//                       templates?} (the Operator reads this secret by default)
//   serviceAccount      v1 ServiceAccount
//   service             v1 Service 'alertmanager-<name>', port `web` (9093)
//   serviceMonitor      ServiceMonitor scraping the Service's `web` port
//   podDisruptionBudget policy/v1 PDB (only when replicas >= 2)
//   networkPolicy       NetworkPolicy admitting Prometheus pods to 9093 and the Alertmanager
//                       peers to each other on 9093 and 9094 (cluster gossip, TCP and UDP)
//
// Config fields (defaults in brackets):
//   namespace (required)
//   name ['main'], version ['0.27.0'], image [quay.io/prometheus/alertmanager:v<version>]
//   replicas [3], resources [{requests: {memory: '100Mi'}}]
//   global [null]             the `global` section of alertmanager.yaml (snake_case keys)
//   route [{receiver: 'null', group_by: ['namespace'], group_wait: '30s',
//           group_interval: '5m', repeat_interval: '12h'}]
//   receivers [[{name: 'null'}]]
//   inhibitRules [[]]         written as `inhibit_rules`
//   templates [[]]            template file globs, written as `templates`
//   prometheusSelector, prometheusNamespace, extraIngress, commonLabels  (see common.libsonnet)
//
// Errors ('stackc/components/alertmanager: ...'): a non-object config, an unknown field, a
// missing namespace, a field of the wrong type, a receiver without a string name, two
// receivers with the same name, a route (or sub-route) naming a receiver that is not defined,
// a top-level route without a receiver.
local common = import 'common.libsonnet';

local schema = common.commonSchema {
  name: 'string',
  version: 'string',
  image: 'string?',
  replicas: 'posint',
  resources: 'object',
  global: 'object?',
  route: 'object',
  receivers: 'array',
  inhibitRules: 'array',
  templates: 'array',
};

local defaults = common.commonDefaults {
  name: 'main',
  version: '0.27.0',
  image: null,
  replicas: 3,
  resources: { requests: { memory: '100Mi' } },
  global: null,
  route: {
    receiver: 'null',
    group_by: ['namespace'],
    group_wait: '30s',
    group_interval: '5m',
    repeat_interval: '12h',
  },
  receivers: [{ name: 'null' }],
  inhibitRules: [],
  templates: [],
};

local prefix = 'stackc/components/alertmanager: ';

// Checks the receivers and that every route names a defined receiver; returns true.
local checkConfig(cfg) =
  local names = [
    if std.isObject(r) && std.objectHas(r, 'name') && std.isString(r.name) then r.name
    else error prefix + 'expected each receiver to be an object with a string name, got ' + common.show(r)
    for r in cfg.receivers
  ];
  local sorted = std.sort(names);
  local dups = [sorted[i] for i in std.range(1, std.length(sorted) - 1) if sorted[i] == sorted[i - 1]];
  local known = std.set(names);
  local checkRoute(route, path) =
    if !std.isObject(route) then
      error prefix + 'expected ' + path + ' to be an object, got ' + common.show(route)
    else
      local here =
        if std.objectHas(route, 'receiver') then
          if std.setMember(route.receiver, known) then true
          else error prefix + 'expected ' + path + '.receiver to be one of the receivers ('
                     + std.join(', ', known) + '), got ' + common.show(route.receiver)
        else if path == 'config.route' then
          error prefix + 'expected config.route.receiver (the default receiver), got nothing'
        else true;
      local children = if std.objectHas(route, 'routes') then route.routes else [];
      std.foldl(function(acc, i) acc && checkRoute(children[i], path + '.routes[' + i + ']'),
                std.range(0, std.length(children) - 1), here);
  if dups != [] then
    error prefix + 'expected receiver names to be unique, got ' + common.show(dups[0]) + ' twice'
  else checkRoute(cfg.route, 'config.route');

function(config)
  local cfg0 = common.config('alertmanager', schema, defaults, config);
  local cfg = if checkConfig(cfg0) then cfg0 else cfg0;
  local objName = 'alertmanager-' + cfg.name;
  local port = 9093;
  local portName = 'web';
  local meshPort = 9094;
  local labels = cfg.commonLabels + common.labels('alertmanager', 'alert-router', cfg.version) {
    'app.kubernetes.io/instance': cfg.name,
  };
  local podSelector = common.selectorLabels(labels);
  local meta = common.metadata(objName, cfg.namespace, labels);
  local amConfig = common.withoutNulls({
    global: cfg.global,
    route: cfg.route,
    receivers: cfg.receivers,
    inhibit_rules: if cfg.inhibitRules == [] then null else cfg.inhibitRules,
    templates: if cfg.templates == [] then null else cfg.templates,
  });
  local pdb = common.pdb(objName, cfg.namespace, labels, podSelector, cfg.replicas);
  {
    alertmanager: {
      apiVersion: 'monitoring.coreos.com/v1',
      kind: 'Alertmanager',
      metadata: common.metadata(cfg.name, cfg.namespace, labels),
      spec: {
        version: cfg.version,
        image: if cfg.image == null then 'quay.io/prometheus/alertmanager:v' + cfg.version else cfg.image,
        replicas: cfg.replicas,
        resources: cfg.resources,
        podMetadata: { labels: labels },
        serviceAccountName: objName,
        securityContext: { runAsUser: 1000, runAsNonRoot: true, fsGroup: 2000 },
      },
    },
    secret: {
      apiVersion: 'v1',
      kind: 'Secret',
      metadata: meta,
      type: 'Opaque',
      stringData: { 'alertmanager.yaml': std.manifestYamlDoc(amConfig) },
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
        sessionAffinity: 'ClientIP',
      },
    },
    serviceMonitor: common.serviceMonitor(objName, cfg.namespace, labels, labels, [
      { port: portName, interval: '30s' },
    ]),
    networkPolicy: common.networkPolicy(objName, cfg.namespace, labels, podSelector, [port], cfg, [
      {
        from: [{ podSelector: { matchLabels: podSelector } }],
        ports: [
          { port: port, protocol: 'TCP' },
          { port: meshPort, protocol: 'TCP' },
          { port: meshPort, protocol: 'UDP' },
        ],
      },
    ]),
  } + (if pdb == null then {} else { podDisruptionBudget: pdb })
