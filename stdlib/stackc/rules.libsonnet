// stackc/rules.libsonnet — Prometheus recording rules and rule groups.
//
// Recording rule names follow the Prometheus naming convention level:metric:operations
// (https://prometheus.io/docs/practices/rules/), e.g.
// instance:node_cpu_utilisation:rate5m or namespace:container_memory_working_set_bytes:sum.
//
// Usage:
//   local rules = import 'stackc/rules.libsonnet';
//   rules.group('node.rules', [
//     rules.record('instance', 'node_cpu_utilisation', 'rate5m',
//                  '1 - avg by (instance) (rate(node_cpu_seconds_total{mode="idle"}[5m]))'),
//   ], interval='1m')
//
// Public functions:
//   record(level, metric, operations, expr, labels={})
//     level, metric, operations — each a name matching [a-zA-Z_][a-zA-Z0-9_]* (so no ':'
//                   inside a part; operations such as 'sum_rate5m' use '_').
//     expr        — a non-empty PromQL expression string (syntax is checked by promtool).
//     labels      — labels to add to the result, an object of string values with
//                   label-name keys; not output when empty.
//     Returns { record: level + ':' + metric + ':' + operations, expr, labels? }.
//     Errors 'stackc/rules: record: ...' for a bad part, expr or labels.
//   group(name, rules, interval=null)
//     name     — a non-empty string, unique within a rule file.
//     rules    — an array of alerting rules (objects with `alert`, e.g. from
//                stackc/alerts.libsonnet) and recording rules (objects with `record`), each
//                with a non-empty string `expr`.
//     interval — a Prometheus duration ('30s', '1m') or null for the global
//                evaluation_interval (then not output).
//     Returns { name, interval?, rules }.
//     Errors 'stackc/rules: group <name>: ...' for a bad name, interval, a rules value that
//     is not an array, or a rule that is not an object with exactly one of alert/record and
//     a string expr.
local alerts = import 'alerts.libsonnet';

{
  local file = 'stackc/rules',

  local show(v) =
    if std.isString(v) then std.manifestJson(v)
    else if std.isObject(v) then 'an object'
    else if std.isArray(v) then 'an array'
    else if std.isFunction(v) then 'a function'
    else std.toString(v),

  local firstChars = { [c]: true for c in std.stringChars('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_') },
  local restChars = firstChars + { [c]: true for c in std.stringChars('0123456789') },

  local isName(s) =
    std.isString(s) && std.length(s) > 0
    && std.objectHas(firstChars, s[0])
    && std.all([std.objectHas(restChars, c) for c in std.stringChars(s)]),

  record(level, metric, operations, expr, labels={})::
    local fail(what, got) = error file + ': record: ' + what + ', got ' + got;
    local part(what, v) =
      if isName(v) then v else fail(what + ' must match [a-zA-Z_][a-zA-Z0-9_]*', show(v));
    local l =
      if !std.isObject(labels) then fail('labels must be an object of strings', show(labels))
      else std.foldl(
        function(acc, k)
          if !isName(k) then fail('labels keys must be label names matching [a-zA-Z_][a-zA-Z0-9_]*', show(k))
          else if !std.isString(labels[k]) then fail('labels values must be strings', k + ': ' + show(labels[k]))
          else acc,
        std.objectFields(labels),
        labels
      );
    {
      record: part('level', level) + ':' + part('metric', metric) + ':' + part('operations', operations),
      expr:
        if std.isString(expr) && expr != '' then expr
        else fail('expr must be a non-empty string', show(expr)),
      [if std.length(l) > 0 then 'labels']: l,
    },

  group(name, rules, interval=null)::
    local fail(what, got) =
      error file + ': group ' + (if std.isString(name) then name else '?') + ': ' + what + ', got ' + got;
    local checkRule(i, r) =
      if !std.isObject(r) then fail('rules[' + i + '] must be a rule object', show(r))
      else if std.objectHas(r, 'alert') == std.objectHas(r, 'record') then
        fail('rules[' + i + '] must have exactly one of alert or record', 'fields ' + std.join(', ', std.objectFields(r)))
      else if !std.objectHas(r, 'expr') || !std.isString(r.expr) || r.expr == '' then
        fail('rules[' + i + '] must have a non-empty string expr', if std.objectHas(r, 'expr') then show(r.expr) else 'none')
      else r;
    if !std.isString(name) || name == '' then
      error file + ': group: name must be a non-empty string, got ' + show(name)
    else {
      name: name,
      [if interval != null then 'interval']:
        if alerts.isDuration(interval) then interval
        else fail("interval must be a Prometheus duration like '1m' or null", show(interval)),
      rules:
        if !std.isArray(rules) then fail('rules must be an array', show(rules))
        else std.mapWithIndex(checkRule, rules),
    },
}
