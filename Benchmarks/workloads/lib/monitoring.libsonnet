// A small kube-prometheus-style library used by the mixin and multi-file workloads.
{
  alert(name, expr, severity='warning', forTime='5m'):: {
    alert: name,
    expr: expr,
    'for': forTime,
    labels: { severity: severity },
    annotations: {
      summary: '%s is firing' % name,
      description: 'The alert %s fired for {{ $labels.instance }} with value {{ $value }}.' % name,
      runbook_url: 'https://runbooks.example.com/%s' % std.asciiLower(name),
    },
  },
  record(level, metric, ops, expr):: { record: '%s:%s:%s' % [level, metric, ops], expr: expr },
  panel(title, expr, unit='short'):: {
    type: 'timeseries',
    title: title,
    targets: [{ expr: expr, legendFormat: '{{instance}}', refId: 'A' }],
    fieldConfig: { defaults: { unit: unit, custom: { lineWidth: 1, fillOpacity: 10 } } },
    gridPos: { w: 12, h: 8 },
  },
  dashboard(title, panels):: {
    title: title,
    uid: std.md5(title)[0:12],
    panels: [p { id: i + 1, gridPos+: { x: (i % 2) * 12, y: std.floor(i / 2) * 8 } } for i in std.range(0, std.length(panels) - 1) for p in [panels[i]]],
    templating: { list: [{ name: 'datasource', type: 'datasource', query: 'prometheus' }] },
    schemaVersion: 39,
  },
  mixin(name, n):: {
    local m = self,
    _config+:: { selector: 'job="%s"' % name, interval: '5m' },
    prometheusAlerts+:: {
      groups+: [{
        name: '%s-%d.rules' % [name, g],
        rules: [
          $.alert('%sHighErrorRate%d' % [std.asciiUpper(name[0]) + name[1:], r],
                  'sum(rate(errors_total{%s}[%s])) by (instance) > %d' % [m._config.selector, m._config.interval, r],
                  severity=if r % 3 == 0 then 'critical' else 'warning')
          for r in std.range(1, 5)
        ],
      } for g in std.range(1, n)],
    },
    prometheusRules+:: {
      groups+: [{
        name: '%s-%d.recording' % [name, g],
        rules: [$.record('instance', 'requests_%d' % r, 'rate5m', 'sum(rate(requests_total{%s}[5m])) by (instance)' % m._config.selector) for r in std.range(1, 4)],
      } for g in std.range(1, n)],
    },
    grafanaDashboards+:: {
      ['%s-%s.json' % [name, kind]]: $.dashboard('%s %s' % [name, kind], [
        $.panel('%s %s panel %d' % [name, kind, p], 'sum(rate(x_%d{%s}[%s]))' % [p, m._config.selector, m._config.interval], unit=if p % 2 == 0 then 'bytes' else 'short')
        for p in std.range(1, 40)
      ])
      for kind in ['overview', 'resources', 'errors', 'latency']
    },
  },
}
