// stackc/relabel.libsonnet — relabelling rules for ServiceMonitors, PodMonitors, Probes and
// scrape configs.
//
// Every function returns one Prometheus Operator RelabelConfig object (camelCase fields:
// sourceLabels, separator, targetLabel, regex, modulus, replacement, action) ready to put in
// `relabelings` or `metricRelabelings`. Fields that are omitted or null are not output, so
// Prometheus' own defaults apply (separator ';', regex '(.*)', replacement '$1').
// Arguments are checked when the function is called; a bad argument raises
//   'stackc/relabel: <function>: <what was expected>, got <what>'.
//
// Usage:
//   local relabel = import 'stackc/relabel.libsonnet';
//   metricRelabelings: [
//     relabel.dropMetrics(['go_gc_duration_seconds', 'go_memstats_.*']),
//     relabel.replace(['__meta_kubernetes_pod_node_name'], 'node'),
//   ]
//
// Common parameter rules:
//   sourceLabels — a non-empty array of label names ([a-zA-Z_][a-zA-Z0-9_]*); a single label
//                  name string is accepted and wrapped in an array.
//   targetLabel  — a label name ([a-zA-Z_][a-zA-Z0-9_]*); for replace() any non-empty string,
//                  since Prometheus expands $1-style references in it.
//   regex        — a string (an RE2 regular expression; Prometheus anchors it at both ends).
//                  The syntax of the expression is not checked here.
//   replacement  — a string, may use $1, ${name} references to regex groups.
//   separator    — null (Prometheus' default ';') or a string.
//
// Public functions:
//   replace(sourceLabels, targetLabel, regex='(.*)', replacement='$1', separator=null)
//     action 'replace': writes replacement (expanded against regex matched on the joined
//     source label values) into targetLabel. regex / replacement equal to Prometheus'
//     defaults are still output, so the rule reads the same in the generated YAML.
//   keep(sourceLabels, regex, separator=null)   — action 'keep': keep targets / series whose
//     joined source label values match regex.
//   drop(sourceLabels, regex, separator=null)   — action 'drop': the opposite of keep.
//   keepEqual(sourceLabels, targetLabel)        — action 'keepequal': keep when the joined
//     source label values equal the value of targetLabel (Prometheus >= 2.41).
//   dropEqual(sourceLabels, targetLabel)        — action 'dropequal': the opposite.
//   labelmap(regex, replacement='$1')           — action 'labelmap': copies every label whose
//     name matches regex to the label named by replacement.
//   labeldrop(regex)                            — action 'labeldrop': removes labels whose
//     name matches regex (regex must be non-empty).
//   labelkeep(regex)                            — action 'labelkeep': removes labels whose
//     name does not match regex (regex must be non-empty).
//   hashmod(sourceLabels, modulus, targetLabel) — action 'hashmod': targetLabel = hash of the
//     joined source label values mod modulus (an integer >= 1), for sharding.
//   lowercase(sourceLabels, targetLabel)        — action 'lowercase' (Prometheus >= 2.36).
//   uppercase(sourceLabels, targetLabel)        — action 'uppercase' (Prometheus >= 2.36).
//   dropMetrics(names) — action 'drop' on __name__ with regex 'n1|n2|...'. names is a
//     non-empty array of non-empty strings, each a metric name or a regex fragment
//     ('go_gc_.*'); since the regex is anchored, plain names match exactly. Order is kept.
//   keepMetrics(names) — the same with action 'keep' (drops every other metric).
//   toPrometheus(r)    — r (a RelabelConfig as returned above, or written by hand) in the
//     snake_case form of a Prometheus `relabel_config` (source_labels, target_label, ...),
//     for a raw scrape config or additionalScrapeConfigs. Errors when r is not an object or
//     has a field that is not a RelabelConfig field.
{
  local file = 'stackc/relabel',

  local show(v) =
    if std.isString(v) then std.manifestJson(v)
    else if std.isObject(v) then 'an object'
    else if std.isArray(v) then 'an array'
    else if std.isFunction(v) then 'a function'
    else std.toString(v),

  local fail(fn, expected, got) =
    error file + ': ' + fn + ': ' + expected + ', got ' + got,

  local firstChars = { [c]: true for c in std.stringChars('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_') },
  local restChars = firstChars + { [c]: true for c in std.stringChars('0123456789') },

  local isLabelName(s) =
    std.isString(s) && std.length(s) > 0
    && std.objectHas(firstChars, s[0])
    && std.all([std.objectHas(restChars, c) for c in std.stringChars(s)]),

  local checkSourceLabels(fn, v) =
    local arr = if std.isString(v) then [v] else v;
    if !std.isArray(arr) then
      fail(fn, 'sourceLabels must be an array of label names', show(v))
    else if std.length(arr) == 0 then
      fail(fn, 'sourceLabels must not be empty', '[]')
    else
      [
        if isLabelName(l) then l
        else fail(fn, 'sourceLabels must contain label names matching [a-zA-Z_][a-zA-Z0-9_]*', show(l))
        for l in arr
      ],

  local checkTargetLabel(fn, v) =
    if isLabelName(v) then v
    else fail(fn, 'targetLabel must be a label name matching [a-zA-Z_][a-zA-Z0-9_]*', show(v)),

  local checkString(fn, what, v) =
    if std.isString(v) then v
    else fail(fn, what + ' must be a string', show(v)),

  local checkNonEmpty(fn, what, v) =
    if std.isString(v) && v != '' then v
    else fail(fn, what + ' must be a non-empty string', show(v)),

  local checkSeparator(fn, v) =
    if v == null || std.isString(v) then v
    else fail(fn, 'separator must be a string or null', show(v)),

  local withoutNulls(o) = { [k]: o[k] for k in std.objectFields(o) if o[k] != null },

  replace(sourceLabels, targetLabel, regex='(.*)', replacement='$1', separator=null)::
    local fn = 'replace';
    withoutNulls({
      sourceLabels: checkSourceLabels(fn, sourceLabels),
      separator: checkSeparator(fn, separator),
      targetLabel: checkNonEmpty(fn, 'targetLabel', targetLabel),
      regex: checkString(fn, 'regex', regex),
      replacement: checkString(fn, 'replacement', replacement),
      action: 'replace',
    }),

  local filter(fn, action, sourceLabels, regex, separator) =
    withoutNulls({
      sourceLabels: checkSourceLabels(fn, sourceLabels),
      separator: checkSeparator(fn, separator),
      regex: checkString(fn, 'regex', regex),
      action: action,
    }),

  keep(sourceLabels, regex, separator=null):: filter('keep', 'keep', sourceLabels, regex, separator),
  drop(sourceLabels, regex, separator=null):: filter('drop', 'drop', sourceLabels, regex, separator),

  local equal(fn, action, sourceLabels, targetLabel) = {
    sourceLabels: checkSourceLabels(fn, sourceLabels),
    targetLabel: checkTargetLabel(fn, targetLabel),
    action: action,
  },

  keepEqual(sourceLabels, targetLabel):: equal('keepEqual', 'keepequal', sourceLabels, targetLabel),
  dropEqual(sourceLabels, targetLabel):: equal('dropEqual', 'dropequal', sourceLabels, targetLabel),

  labelmap(regex, replacement='$1'):: {
    regex: checkNonEmpty('labelmap', 'regex', regex),
    replacement: checkString('labelmap', 'replacement', replacement),
    action: 'labelmap',
  },

  labeldrop(regex):: {
    regex: checkNonEmpty('labeldrop', 'regex', regex),
    action: 'labeldrop',
  },

  labelkeep(regex):: {
    regex: checkNonEmpty('labelkeep', 'regex', regex),
    action: 'labelkeep',
  },

  hashmod(sourceLabels, modulus, targetLabel):: {
    sourceLabels: checkSourceLabels('hashmod', sourceLabels),
    targetLabel: checkTargetLabel('hashmod', targetLabel),
    modulus:
      if std.isNumber(modulus) && std.floor(modulus) == modulus && modulus >= 1 then modulus
      else fail('hashmod', 'modulus must be an integer >= 1', show(modulus)),
    action: 'hashmod',
  },

  local caseChange(fn, action, sourceLabels, targetLabel) = {
    sourceLabels: checkSourceLabels(fn, sourceLabels),
    targetLabel: checkTargetLabel(fn, targetLabel),
    action: action,
  },

  lowercase(sourceLabels, targetLabel):: caseChange('lowercase', 'lowercase', sourceLabels, targetLabel),
  uppercase(sourceLabels, targetLabel):: caseChange('uppercase', 'uppercase', sourceLabels, targetLabel),

  local metrics(fn, action, names) =
    if !std.isArray(names) then
      fail(fn, 'names must be an array of metric names or regexes', show(names))
    else if std.length(names) == 0 then
      fail(fn, 'names must not be empty', '[]')
    else {
      sourceLabels: ['__name__'],
      regex: std.join('|', [
        if std.isString(n) && n != '' then n
        else fail(fn, 'names must contain non-empty strings', show(n))
        for n in names
      ]),
      action: action,
    },

  dropMetrics(names):: metrics('dropMetrics', 'drop', names),
  keepMetrics(names):: metrics('keepMetrics', 'keep', names),

  local snake = {
    sourceLabels: 'source_labels',
    separator: 'separator',
    targetLabel: 'target_label',
    regex: 'regex',
    modulus: 'modulus',
    replacement: 'replacement',
    action: 'action',
  },

  toPrometheus(r)::
    if !std.isObject(r) then
      fail('toPrometheus', 'r must be a RelabelConfig object', show(r))
    else {
      [
        if std.objectHas(snake, k) then snake[k]
        else fail('toPrometheus', 'r must only have RelabelConfig fields (' + std.join(', ', std.objectFields(snake)) + ')', show(k))
      ]: r[k]
      for k in std.objectFields(r)
      if r[k] != null
    },
}
