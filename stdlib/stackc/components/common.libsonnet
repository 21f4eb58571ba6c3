// stackc/components/common.libsonnet — building blocks shared by the stackc components.
//
// Not meant to be imported by stacks directly (the API may change); the components in this
// folder use it so that they check their config the same way and wire ServiceMonitors,
// Services and NetworkPolicies by construction.
//
// Public functions:
//   config(file, schema, defaults, cfg)
//     Checks and completes a component config.
//       file     — the component name used in error messages ('prometheus').
//       schema   — { field: type }, type one of 'string', 'string?' (string or null),
//                  'integer', 'posint' (integer >= 1), 'nonnegint' (integer >= 0),
//                  'boolean', 'object', 'object?', 'array', 'required-string'.
//       defaults — the default value of every optional field.
//       cfg      — the user's config object.
//     Returns defaults + cfg. Errors (all 'stackc/components/<file>: ...'):
//       cfg not an object, a field not in schema (typo), a required field missing, a field of
//       the wrong type.
//   labels(name, component, version) — the kube-prometheus style recommended labels:
//     app.kubernetes.io/{name,component,part-of: stackc,version}.
//   selectorLabels(labels) — labels without app.kubernetes.io/version (stable across upgrades).
//   metadata(name, namespace, labels) — an ObjectMeta.
//   serviceMonitor(name, namespace, labels, serviceLabels, endpoints, extra={})
//     A monitoring.coreos.com/v1 ServiceMonitor selecting exactly serviceLabels in namespace,
//     with jobLabel app.kubernetes.io/name.
//   networkPolicy(name, namespace, labels, podSelector, ports, cfg, extraIngress=[])
//     A networking.k8s.io/v1 NetworkPolicy admitting the Prometheus pods
//     (cfg.prometheusSelector in cfg.prometheusNamespace, or cfg.namespace when null) to
//     exactly `ports` (array of container port numbers) of the pods matched by podSelector,
//     followed by the rules in extraIngress and cfg.extraIngress.
//   pdb(name, namespace, labels, podSelector, replicas)
//     A policy/v1 PodDisruptionBudget with maxUnavailable 1, or null when replicas < 2.
//   show(v) — v rendered for an error message.
//   withoutNulls(o) — o without its null-valued fields.
{
  show(v)::
    if std.isString(v) then std.manifestJson(v)
    else if std.isObject(v) then 'an object'
    else if std.isArray(v) then 'an array'
    else if std.isFunction(v) then 'a function'
    else std.toString(v),

  local isInt(v) = std.isNumber(v) && std.floor(v) == v,

  local typeOk(type, v) =
    if type == 'string' || type == 'required-string' then std.isString(v) && v != ''
    else if type == 'string?' then v == null || (std.isString(v) && v != '')
    else if type == 'integer' then isInt(v)
    else if type == 'posint' then isInt(v) && v >= 1
    else if type == 'nonnegint' then isInt(v) && v >= 0
    else if type == 'boolean' then std.isBoolean(v)
    else if type == 'object' then std.isObject(v)
    else if type == 'object?' then v == null || std.isObject(v)
    else if type == 'array' then std.isArray(v)
    else error 'stackc/components/common: unknown schema type ' + type,

  local typeText = {
    string: 'a non-empty string',
    'required-string': 'a non-empty string',
    'string?': 'a non-empty string or null',
    integer: 'an integer',
    posint: 'an integer >= 1',
    nonnegint: 'an integer >= 0',
    boolean: 'a boolean',
    object: 'an object',
    'object?': 'an object or null',
    array: 'an array',
  },

  config(file, schema, defaults, cfg)::
    local prefix = 'stackc/components/' + file + ': ';
    if !std.isObject(cfg) then
      error prefix + 'expected the config to be an object, got ' + $.show(cfg)
    else
      local unknown = [k for k in std.objectFields(cfg) if !std.objectHas(schema, k)];
      local required = [k for k in std.objectFields(schema) if schema[k] == 'required-string'];
      local missing = [k for k in required if !std.objectHas(cfg, k)];
      local merged = defaults + cfg;
      local bad = [k for k in std.objectFields(schema)
                   if std.objectHas(merged, k) && !typeOk(schema[k], merged[k])];
      if unknown != [] then
        error prefix + 'expected config fields among ' + std.join(', ', std.objectFields(schema))
              + ', got unknown field ' + std.join(', ', unknown)
      else if missing != [] then
        error prefix + 'expected config.' + missing[0] + ' (required), got nothing'
      else if bad != [] then
        error prefix + 'expected config.' + bad[0] + ' to be ' + typeText[schema[bad[0]]]
              + ', got ' + $.show(merged[bad[0]])
      else merged,

  labels(name, component, version):: {
    'app.kubernetes.io/name': name,
    'app.kubernetes.io/component': component,
    'app.kubernetes.io/part-of': 'stackc',
    'app.kubernetes.io/version': version,
  },

  selectorLabels(labels):: {
    [k]: labels[k]
    for k in std.objectFields(labels)
    if k != 'app.kubernetes.io/version'
  },

  metadata(name, namespace, labels):: {
    name: name,
    namespace: namespace,
    labels: labels,
  },

  withoutNulls(o):: { [k]: o[k] for k in std.objectFields(o) if o[k] != null },

  serviceMonitor(name, namespace, labels, serviceLabels, endpoints, extra={}):: {
    apiVersion: 'monitoring.coreos.com/v1',
    kind: 'ServiceMonitor',
    metadata: $.metadata(name, namespace, labels),
    spec: {
      jobLabel: 'app.kubernetes.io/name',
      selector: { matchLabels: serviceLabels },
      namespaceSelector: { matchNames: [namespace] },
      endpoints: endpoints,
    } + extra,
  },

  networkPolicy(name, namespace, labels, podSelector, ports, cfg, extraIngress=[]):: {
    apiVersion: 'networking.k8s.io/v1',
    kind: 'NetworkPolicy',
    metadata: $.metadata(name, namespace, labels),
    spec: {
      podSelector: { matchLabels: podSelector },
      policyTypes: ['Ingress'],
      ingress: [{
        from: [{
          podSelector: { matchLabels: cfg.prometheusSelector },
          namespaceSelector: {
            matchLabels: {
              'kubernetes.io/metadata.name':
                if cfg.prometheusNamespace == null then namespace else cfg.prometheusNamespace,
            },
          },
        }],
        ports: [{ port: p, protocol: 'TCP' } for p in ports],
      }] + extraIngress + cfg.extraIngress,
    },
  },

  pdb(name, namespace, labels, podSelector, replicas)::
    if replicas < 2 then null else {
      apiVersion: 'policy/v1',
      kind: 'PodDisruptionBudget',
      metadata: $.metadata(name, namespace, labels),
      spec: {
        maxUnavailable: 1,
        selector: { matchLabels: podSelector },
      },
    },

  // Schema and defaults of the fields every component shares.
  commonSchema:: {
    namespace: 'required-string',
    prometheusSelector: 'object',
    prometheusNamespace: 'string?',
    extraIngress: 'array',
    commonLabels: 'object',
  },
  commonDefaults:: {
    prometheusSelector: { 'app.kubernetes.io/name': 'prometheus' },
    prometheusNamespace: null,
    extraIngress: [],
    commonLabels: {},
  },
}
