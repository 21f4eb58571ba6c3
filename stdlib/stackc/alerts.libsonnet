// stackc/alerts.libsonnet — Prometheus alerting rules with the stackc conventions.
//
// Every alert built here carries a `severity` label (critical, warning or info) and the
// annotations `summary`, `description` and `runbook_url`, so Alertmanager routes and
// notification templates can rely on them.
//
// Usage:
//   local alerts = import 'stackc/alerts.libsonnet';
//   alerts.alert('TargetDown', 'up == 0', 'warning',
//                'A scrape target is down.',
//                '{{ $labels.job }}/{{ $labels.instance }} has been down for 10 minutes.',
//                for_='10m')
//
// Public functions:
//   alert(name, expr, severity, summary, description, for_='5m', labels={}, annotations={},
//         runbookBase='https://runbooks.stackc.dev/')
//     (`for` is a Jsonnet keyword and cannot name a parameter, hence `for_`.)
//     name        — the alert name, [a-zA-Z_][a-zA-Z0-9_]* (CamelCase by convention).
//     expr        — a non-empty PromQL expression string (syntax is checked by promtool, not
//                   here).
//     severity    — 'critical', 'warning' or 'info'; output as the `severity` label.
//     summary     — non-empty string, the `summary` annotation (may use {{ $labels.x }}).
//     description — non-empty string, the `description` annotation.
//     for_        — a Prometheus duration ('30s', '1h30m', '0s') or null to fire at once;
//                   default '5m'. Output as `for` (omitted when null).
//     labels      — extra labels, an object of string values with label-name keys; must not
//                   contain `severity` (use the severity parameter).
//     annotations — extra annotations, an object of string values; must not contain
//                   `summary` or `description`; may override `runbook_url`.
//     runbookBase — string prefix of the runbook URL, or null for no runbook_url;
//                   runbook_url = runbookBase + std.asciiLower(name).
//     Returns { alert, expr, for?, labels: {severity, ...}, annotations: {summary,
//     description, runbook_url?, ...} }.
//     Errors ('stackc/alerts: alert <name>: ...') for any argument not matching the above.
//   severities — the accepted severities, ['critical', 'info', 'warning'].
//   isDuration(s) — whether s is a Prometheus duration string (e.g. '1h30m', '90s', '0s').
{
  local file = 'stackc/alerts',

  local show(v) =
    if std.isString(v) then std.manifestJson(v)
    else if std.isObject(v) then 'an object'
    else if std.isArray(v) then 'an array'
    else if std.isFunction(v) then 'a function'
    else std.toString(v),

  local firstChars = { [c]: true for c in std.stringChars('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_') },
  local restChars = firstChars + { [c]: true for c in std.stringChars('0123456789') },
  local digits = { [c]: true for c in std.stringChars('0123456789') },

  local isName(s) =
    std.isString(s) && std.length(s) > 0
    && std.objectHas(firstChars, s[0])
    && std.all([std.objectHas(restChars, c) for c in std.stringChars(s)]),

  // A Prometheus duration: one or more <digits><unit> with units in the order
  // y w d h m s ms, each at most once.
  local unitOrder = { y: 0, w: 1, d: 2, h: 3, m: 4, s: 5, ms: 6 },
  local isDuration(s) =
    if !std.isString(s) || std.length(s) == 0 then false
    else
    local n = std.length(s);
    // i: position, last: order of the previous unit; true when the rest parses.
    local step(i, last) =
      if i == n then last >= 0
      else
        local digitEnd(j) = if j < n && std.objectHas(digits, s[j]) then digitEnd(j + 1) else j;
        local j = digitEnd(i);
        if j == i || j == n then false
        else
          local unit =
            if s[j] == 'm' && j + 1 < n && s[j + 1] == 's' then 'ms'
            else s[j];
          if !std.objectHas(unitOrder, unit) || unitOrder[unit] <= last then false
          else step(j + std.length(unit), unitOrder[unit]);
    step(0, -1),

  severities:: ['critical', 'info', 'warning'],
  isDuration(s):: isDuration(s),

  alert(name, expr, severity, summary, description, for_='5m', labels={}, annotations={},
        runbookBase='https://runbooks.stackc.dev/')::
    local fail(what, got) =
      error file + ': alert ' + (if std.isString(name) then name else '?') + ': ' + what + ', got ' + got;
    local checkStrings(what, o) =
      if !std.isObject(o) then fail(what + ' must be an object of strings', show(o))
      else std.foldl(
        function(acc, k)
          if !isName(k) then fail(what + ' keys must be label names matching [a-zA-Z_][a-zA-Z0-9_]*', show(k))
          else if !std.isString(o[k]) then fail(what + ' values must be strings', k + ': ' + show(o[k]))
          else acc,
        std.objectFields(o),
        o
      );
    local nonEmpty(what, v) =
      if std.isString(v) && v != '' then v else fail(what + ' must be a non-empty string', show(v));
    if !isName(name) then
      error file + ': alert: name must match [a-zA-Z_][a-zA-Z0-9_]*, got ' + show(name)
    else
      local l = checkStrings('labels', labels);
      local a = checkStrings('annotations', annotations);
      local runbook =
        if runbookBase == null then {}
        else if std.isString(runbookBase) then { runbook_url: runbookBase + std.asciiLower(name) }
        else fail('runbookBase must be a string or null', show(runbookBase));
      {
        alert: name,
        expr: nonEmpty('expr', expr),
        [if for_ != null then 'for']:
          if isDuration(for_) then for_
          else fail("for_ must be a Prometheus duration like '5m' or null", show(for_)),
        labels:
          if std.objectHas(l, 'severity') then fail('labels must not contain severity (use the severity parameter)', show(l.severity))
          else if !std.member(['critical', 'warning', 'info'], severity) then
            fail('severity must be critical, warning or info', show(severity))
          else l { severity: severity },
        annotations:
          if std.objectHas(a, 'summary') || std.objectHas(a, 'description') then
            fail('annotations must not contain summary or description (use the parameters)', 'an object with ' + std.join(', ', std.setInter(['description', 'summary'], std.objectFields(a))))
          else
            runbook + {
              summary: nonEmpty('summary', summary),
              description: nonEmpty('description', description),
            } + a,
      },
}
