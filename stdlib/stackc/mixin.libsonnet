// stackc/mixin.libsonnet — turns monitoring mixins into Kubernetes manifests.
//
// A mixin is an object
//   {
//     prometheusAlerts: { groups: [ <rule group>, ... ] },   // alerting rule groups
//     prometheusRules:  { groups: [ <rule group>, ... ] },   // recording rule groups
//     grafanaDashboards: { 'name.json': <Grafana dashboard JSON model>, ... },
//   }
// where every field is optional (the stackc mixins in stackc/mixins/ have all three).
// Rule groups are usually built with stackc/rules.libsonnet and stackc/alerts.libsonnet.
// Mixins combine with `+`: (import 'stackc/mixins/node.libsonnet')({}) + myMixin keeps the
// right-hand side's fields, so merge groups explicitly when combining two mixins:
//   { prometheusAlerts+: { groups+: other.prometheusAlerts.groups } }.
//
// Usage:
//   local mixin = import 'stackc/mixin.libsonnet';
//   local node = (import 'stackc/mixins/node.libsonnet')({});
//   {
//     rules: mixin.prometheusRule(node, 'node-rules', 'monitoring', { role: 'alert-rules' }),
//     dashboards: mixin.dashboardConfigMaps(node, 'monitoring'),
//   }
//
// Public functions:
//   prometheusRule(mixin, name, namespace, labels={})
//     Returns a monitoring.coreos.com/v1 PrometheusRule named `name` in `namespace` with
//     `labels` (not output when empty), whose spec.groups are the alert groups followed by the
//     recording groups. name is a DNS-1123 subdomain (lowercase letters, digits, '-' and '.',
//     at most 253 characters), namespace a DNS-1123 label (at most 63 characters), labels an
//     object of string values.
//     Errors 'stackc/mixin: prometheusRule: ...' when mixin is not an object, a groups value
//     is not an array, a group is not an object with a string name and an array of rules,
//     two groups share a name (Prometheus rejects that), or name / namespace / labels are
//     invalid.
//   dashboardConfigMaps(mixin, namespace, labels={})
//     Returns an object with one field per dashboard, named 'grafana-dashboard-<base>' where
//     <base> is the file name without '.json', holding a v1 ConfigMap of the same name in
//     `namespace`, labelled `labels` + { grafana_dashboard: '1' } (the label the Grafana
//     dashboard sidecar looks for), with data { '<file name>': the dashboard rendered by
//     std.manifestJsonEx(dashboard, '    ') }. Returns {} when the mixin has no dashboards.
//     Errors 'stackc/mixin: dashboardConfigMaps: ...' when grafanaDashboards is not an
//     object, a file name does not match [a-z0-9]([-a-z0-9]*[a-z0-9])?\.json (it becomes part
//     of the ConfigMap name), a dashboard is not an object, a rendered dashboard has 1000000
//     characters or more (ConfigMaps are limited to 1 MiB), or namespace / labels are invalid.
{
  local file = 'stackc/mixin',

  local show(v) =
    if std.isString(v) then std.manifestJson(v)
    else if std.isObject(v) then 'an object'
    else if std.isArray(v) then 'an array'
    else if std.isFunction(v) then 'a function'
    else std.toString(v),

  local lowerAlnum = { [c]: true for c in std.stringChars('abcdefghijklmnopqrstuvwxyz0123456789') },

  // DNS-1123 label: [a-z0-9]([-a-z0-9]*[a-z0-9])?, at most `max` characters.
  local isDnsLabel(s, max=63) =
    std.isString(s) && std.length(s) > 0 && std.length(s) <= max
    && std.objectHas(lowerAlnum, s[0]) && std.objectHas(lowerAlnum, s[std.length(s) - 1])
    && std.all([std.objectHas(lowerAlnum, c) || c == '-' for c in std.stringChars(s)]),

  // DNS-1123 subdomain: dot-separated DNS labels, at most 253 characters.
  local isDnsSubdomain(s) =
    std.isString(s) && std.length(s) > 0 && std.length(s) <= 253
    && std.all([isDnsLabel(p) for p in std.split(s, '.')]),

  local checkMeta(fn, namespace, labels) =
    if !isDnsLabel(namespace) then
      error file + ': ' + fn + ': namespace must be a DNS-1123 label (lowercase letters, digits and -, at most 63 characters), got ' + show(namespace)
    else if !std.isObject(labels) then
      error file + ': ' + fn + ': labels must be an object of strings, got ' + show(labels)
    else
      local bad = [k for k in std.objectFields(labels) if !std.isString(labels[k])];
      if std.length(bad) > 0 then
        error file + ': ' + fn + ': labels values must be strings, got ' + bad[0] + ': ' + show(labels[bad[0]])
      else true,

  local groupsOf(fn, mixin, field) =
    if !std.objectHas(mixin, field) then []
    else
      local v = mixin[field];
      if !std.isObject(v) then
        error file + ': ' + fn + ': ' + field + ' must be an object with groups, got ' + show(v)
      else if !std.objectHas(v, 'groups') then []
      else if !std.isArray(v.groups) then
        error file + ': ' + fn + ': ' + field + '.groups must be an array, got ' + show(v.groups)
      else [
        if std.isObject(g) && std.objectHas(g, 'name') && std.isString(g.name) && g.name != ''
           && std.objectHas(g, 'rules') && std.isArray(g.rules) then g
        else error file + ': ' + fn + ': ' + field + '.groups must contain objects with a name and an array of rules, got ' + show(g)
        for g in v.groups
      ],

  prometheusRule(mixin, name, namespace, labels={})::
    local fn = 'prometheusRule';
    if !std.isObject(mixin) then
      error file + ': ' + fn + ': mixin must be an object, got ' + show(mixin)
    else if !isDnsSubdomain(name) then
      error file + ': ' + fn + ': name must be a DNS-1123 subdomain (lowercase letters, digits, - and ., at most 253 characters), got ' + show(name)
    else
      assert checkMeta(fn, namespace, labels);
      local groups = groupsOf(fn, mixin, 'prometheusAlerts') + groupsOf(fn, mixin, 'prometheusRules');
      local names = std.sort([g.name for g in groups]);
      local dups = std.set([names[i] for i in std.range(1, std.length(names) - 1) if names[i] == names[i - 1]]);
      if std.length(dups) > 0 then
        error file + ': ' + fn + ': rule group names must be unique, got ' + std.join(', ', [show(d) for d in dups]) + ' more than once'
      else {
        apiVersion: 'monitoring.coreos.com/v1',
        kind: 'PrometheusRule',
        metadata: {
          name: name,
          namespace: namespace,
          [if std.length(labels) > 0 then 'labels']: labels,
        },
        spec: { groups: groups },
      },

  dashboardConfigMaps(mixin, namespace, labels={})::
    local fn = 'dashboardConfigMaps';
    if !std.isObject(mixin) then
      error file + ': ' + fn + ': mixin must be an object, got ' + show(mixin)
    else
      assert checkMeta(fn, namespace, labels);
      local dashboards =
        if !std.objectHas(mixin, 'grafanaDashboards') then {}
        else if std.isObject(mixin.grafanaDashboards) then mixin.grafanaDashboards
        else error file + ': ' + fn + ': grafanaDashboards must be an object of dashboards, got ' + show(mixin.grafanaDashboards);
      local baseOf(f) =
        local base = if std.endsWith(f, '.json') then std.substr(f, 0, std.length(f) - 5) else '';
        if isDnsLabel(base, 63 - std.length('grafana-dashboard-')) then base
        else error file + ': ' + fn + ': dashboard file names must match [a-z0-9]([-a-z0-9]*[a-z0-9])?.json (at most 45 characters before .json), got ' + show(f);
      {
        ['grafana-dashboard-' + baseOf(f)]:
          local d = dashboards[f];
          local text =
            if std.isObject(d) then std.manifestJsonEx(d, '    ')
            else error file + ': ' + fn + ': dashboard ' + f + ' must be an object, got ' + show(d);
          if std.length(text) > 1000000 then
            error file + ': ' + fn + ': dashboard ' + f + ' must fit in a ConfigMap (under 1000000 characters), got ' + std.length(text) + ' characters'
          else {
            apiVersion: 'v1',
            kind: 'ConfigMap',
            metadata: {
              name: 'grafana-dashboard-' + baseOf(f),
              namespace: namespace,
              labels: labels { grafana_dashboard: '1' },
            },
            data: { [f]: text },
          }
        for f in std.objectFields(dashboards)
      },
}
