// stackc/mixins/prometheus.libsonnet — self-monitoring alerts, recording rules and a
// dashboard for Prometheus servers.
//
// Usage (a function of a config object; every field is optional):
//   local prom = (import 'stackc/mixins/prometheus.libsonnet')({ prometheusSelector: 'job="prometheus-k8s"' });
//   (import 'stackc/mixin.libsonnet').prometheusRule(prom, 'prometheus', 'monitoring')
//
// Config fields (defaults in brackets):
//   prometheusSelector ['job="prometheus"'] matchers selecting the Prometheus servers' own
//                      metrics ('' for none).
//   runbookBase        ['https://runbooks.stackc.dev/'] runbook URL prefix (null: none).
//   targetsDownPercent [10] PrometheusTargetsDown fires when more than this percentage of
//                      the targets of a job cannot be scraped (this alert covers every job).
//   notificationErrorPercent [1] PrometheusErrorSendingAlerts threshold.
//   remoteWriteBehindSeconds [120] PrometheusRemoteWriteBehind threshold.
//
// Returns a mixin (see stackc/mixin.libsonnet): groups 'prometheus' (alerts) and
// 'prometheus.rules' (recording rules job:prometheus_*), dashboard 'stackc-prometheus.json'.
// Errors 'stackc/mixins/prometheus: ...' when config is not an object, has an unknown field
// or a field of the wrong type.
local alerts = import '../alerts.libsonnet';
local rules = import '../rules.libsonnet';

function(config={})
  local file = 'stackc/mixins/prometheus';
  local defaults = {
    prometheusSelector: 'job="prometheus"',
    runbookBase: 'https://runbooks.stackc.dev/',
    targetsDownPercent: 10,
    notificationErrorPercent: 1,
    remoteWriteBehindSeconds: 120,
  };
  local cfg =
    if !std.isObject(config) then error file + ': config must be an object, got ' + std.type(config)
    else
      local unknown = std.setDiff(std.objectFields(config), std.objectFields(defaults));
      local badType = [
        k
        for k in std.objectFields(config)
        if std.objectHas(defaults, k) && std.type(config[k]) != std.type(defaults[k])
           && !(k == 'runbookBase' && config[k] == null)
      ];
      if std.length(unknown) > 0 then
        error file + ': config fields must be among ' + std.join(', ', std.objectFields(defaults)) + ', got ' + std.manifestJson(unknown[0])
      else if std.length(badType) > 0 then
        error file + ': config field ' + badType[0] + ' must be a ' + std.type(defaults[badType[0]]) + ', got ' + std.type(config[badType[0]])
      else defaults + config;

  local sel(extra='') = '{' + std.join(',', [m for m in [cfg.prometheusSelector, extra] if m != '']) + '}';
  local alert(name, expr, severity, summary, description, for_='15m') =
    alerts.alert(name, expr, severity, summary, description, for_=for_, runbookBase=cfg.runbookBase);
  local num(n) = std.toString(n);

  // A small Grafana dashboard builder: panels are laid out two per row.
  local datasource = { type: 'prometheus', uid: '${datasource}' };
  local panel(title, unit, targets) = { title: title, unit: unit, targets: targets };
  local dashboard(uid, title, panels) = {
    uid: uid,
    title: title,
    tags: ['stackc', 'prometheus'],
    editable: true,
    schemaVersion: 39,
    time: { from: 'now-6h', to: 'now' },
    refresh: '1m',
    timezone: 'browser',
    templating: {
      list: [
        { name: 'datasource', type: 'datasource', query: 'prometheus', label: 'Data source', hide: 0 },
      ],
    },
    panels: [
      local p = panels[i];
      {
        id: i + 1,
        type: 'timeseries',
        title: p.title,
        datasource: datasource,
        gridPos: { x: (i % 2) * 12, y: std.floor(i / 2) * 8, w: 12, h: 8 },
        fieldConfig: { defaults: { unit: p.unit }, overrides: [] },
        options: { legend: { displayMode: 'list', placement: 'bottom', showLegend: true }, tooltip: { mode: 'multi', sort: 'desc' } },
        targets: [
          { datasource: datasource, expr: p.targets[j][0], legendFormat: p.targets[j][1], refId: std.char(65 + j) }
          for j in std.range(0, std.length(p.targets) - 1)
        ],
      }
      for i in std.range(0, std.length(panels) - 1)
    ],
  };

  {
    _config:: cfg,

    prometheusAlerts: {
      groups: [
        rules.group('prometheus', [
          alert(
            'PrometheusConfigReloadFailed',
            'max_over_time(prometheus_config_last_reload_successful' + sel() + '[5m]) == 0',
            'warning',
            'Prometheus configuration reload failed.',
            'Prometheus {{ $labels.namespace }}/{{ $labels.pod }} could not load its new configuration and keeps running the old one.',
            for_='10m'
          ),
          alert(
            'PrometheusRuleEvaluationFailures',
            'increase(prometheus_rule_evaluation_failures_total' + sel() + '[5m]) > 0',
            'critical',
            'Prometheus fails to evaluate rules.',
            'Prometheus {{ $labels.namespace }}/{{ $labels.pod }} failed {{ printf "%.0f" $value }} rule evaluations in the last 5 minutes; alerts may be missed.',
          ),
          alert(
            'PrometheusRuleGroupIterationsMissed',
            'increase(prometheus_rule_group_iterations_missed_total' + sel() + '[5m]) > 0',
            'warning',
            'Prometheus misses rule group evaluations.',
            'Rule group {{ $labels.rule_group }} on {{ $labels.namespace }}/{{ $labels.pod }} took longer than its interval and skipped evaluations.',
          ),
          alert(
            'PrometheusNotificationQueueRunningFull',
            'predict_linear(prometheus_notifications_queue_length' + sel() + '[5m], 30 * 60)'
            + ' > min_over_time(prometheus_notifications_queue_capacity' + sel() + '[5m])',
            'warning',
            'Prometheus alert notification queue is predicted to run full.',
            'The alert notification queue of {{ $labels.namespace }}/{{ $labels.pod }} is predicted to reach its capacity within 30 minutes; alerts would be dropped.',
          ),
          alert(
            'PrometheusErrorSendingAlerts',
            '100 * rate(prometheus_notifications_errors_total' + sel() + '[5m]) / rate(prometheus_notifications_sent_total' + sel() + '[5m])'
            + ' > ' + num(cfg.notificationErrorPercent),
            'warning',
            'Prometheus has errors sending alerts to an Alertmanager.',
            '{{ printf "%.1f" $value }}% of the alerts sent by {{ $labels.namespace }}/{{ $labels.pod }} to {{ $labels.alertmanager }} failed.',
          ),
          alert(
            'PrometheusTargetsDown',
            '100 * count by (job, namespace) (up == 0) / count by (job, namespace) (up) > ' + num(cfg.targetsDownPercent),
            'warning',
            'Prometheus cannot scrape many targets of a job.',
            '{{ printf "%.0f" $value }}% of the {{ $labels.job }} targets in namespace {{ $labels.namespace }} are down.',
            for_='10m'
          ),
          alert(
            'PrometheusScrapeSampleLimitHit',
            'increase(prometheus_target_scrapes_exceeded_sample_limit_total' + sel() + '[5m]) > 0',
            'warning',
            'Prometheus drops scrapes that exceed their sample limit.',
            '{{ $labels.namespace }}/{{ $labels.pod }} rejected {{ printf "%.0f" $value }} scrapes in 5 minutes for exceeding the sample limit.',
          ),
          alert(
            'PrometheusTSDBCompactionsFailing',
            'increase(prometheus_tsdb_compactions_failed_total' + sel() + '[3h]) > 0',
            'warning',
            'Prometheus TSDB compactions are failing.',
            '{{ $labels.namespace }}/{{ $labels.pod }} had {{ printf "%.0f" $value }} failed compactions in the last 3 hours; disk usage and query speed will suffer.',
            for_='4h'
          ),
          alert(
            'PrometheusTSDBReloadsFailing',
            'increase(prometheus_tsdb_reloads_failures_total' + sel() + '[3h]) > 0',
            'warning',
            'Prometheus fails to reload TSDB blocks from disk.',
            '{{ $labels.namespace }}/{{ $labels.pod }} had {{ printf "%.0f" $value }} block reload failures in the last 3 hours.',
            for_='4h'
          ),
          alert(
            'PrometheusRemoteWriteBehind',
            'max_over_time(prometheus_remote_storage_highest_timestamp_in_seconds' + sel() + '[5m])'
            + ' - ignoring (remote_name, url) group_right () max_over_time(prometheus_remote_storage_queue_highest_sent_timestamp_seconds' + sel() + '[5m])'
            + ' > ' + num(cfg.remoteWriteBehindSeconds),
            'critical',
            'Prometheus remote write is falling behind.',
            'Remote write from {{ $labels.namespace }}/{{ $labels.pod }} to {{ $labels.remote_name }} is {{ printf "%.0f" $value }}s behind.',
          ),
        ]),
      ],
    },

    prometheusRules: {
      groups: [
        rules.group('prometheus.rules', [
          rules.record('job', 'prometheus_tsdb_head_samples_appended', 'rate5m',
                       'sum by (job) (rate(prometheus_tsdb_head_samples_appended_total' + sel() + '[5m]))'),
          rules.record('job', 'prometheus_tsdb_head_series', 'max',
                       'max by (job) (prometheus_tsdb_head_series' + sel() + ')'),
          rules.record('job', 'prometheus_rule_evaluation_failures', 'rate5m',
                       'sum by (job) (rate(prometheus_rule_evaluation_failures_total' + sel() + '[5m]))'),
          rules.record('job', 'prometheus_notifications_dropped', 'rate5m',
                       'sum by (job) (rate(prometheus_notifications_dropped_total' + sel() + '[5m]))'),
          rules.record('job', 'up', 'avg',
                       'avg by (job) (up)'),
        ]),
      ],
    },

    grafanaDashboards: {
      'stackc-prometheus.json': dashboard('stackc-prometheus', 'Prometheus / Overview', [
        panel('Samples appended', 'short', [['job:prometheus_tsdb_head_samples_appended:rate5m' + sel(), '{{job}}']]),
        panel('Head series', 'short', [['job:prometheus_tsdb_head_series:max' + sel(), '{{job}}']]),
        panel('Rule evaluation failures', 'short', [['job:prometheus_rule_evaluation_failures:rate5m' + sel(), '{{job}}']]),
        panel('Notification queue', 'short', [
          ['prometheus_notifications_queue_length' + sel(), '{{pod}} length'],
          ['prometheus_notifications_queue_capacity' + sel(), '{{pod}} capacity'],
        ]),
        panel('Targets up (ratio per job)', 'percentunit', [['job:up:avg', '{{job}}']]),
      ]),
    },
  }
