// stackc/mixins/alertmanager.libsonnet — alerts, recording rules and a dashboard for
// Alertmanager clusters.
//
// Usage (a function of a config object; every field is optional):
//   local am = (import 'stackc/mixins/alertmanager.libsonnet')({ alertmanagerSelector: 'job="alertmanager-main"' });
//   (import 'stackc/mixin.libsonnet').prometheusRule(am, 'alertmanager', 'monitoring')
//
// Config fields (defaults in brackets):
//   alertmanagerSelector ['job="alertmanager"'] matchers selecting the Alertmanager metrics
//                        ('' for none).
//   clusterLabels        ['namespace,service'] comma-separated labels that identify one
//                        Alertmanager cluster (its replicas share these values).
//   runbookBase          ['https://runbooks.stackc.dev/'] runbook URL prefix (null: none).
//   notificationFailurePercent [1] AlertmanagerNotificationsFailing threshold, per
//                        integration (email, slack, webhook, ...).
//
// Returns a mixin (see stackc/mixin.libsonnet): groups 'alertmanager' (alerts) and
// 'alertmanager.rules' (recording rules integration:alertmanager_*), dashboard
// 'stackc-alertmanager.json'.
// Errors 'stackc/mixins/alertmanager: ...' when config is not an object, has an unknown
// field or a field of the wrong type.
local alerts = import '../alerts.libsonnet';
local rules = import '../rules.libsonnet';

function(config={})
  local file = 'stackc/mixins/alertmanager';
  local defaults = {
    alertmanagerSelector: 'job="alertmanager"',
    clusterLabels: 'namespace,service',
    runbookBase: 'https://runbooks.stackc.dev/',
    notificationFailurePercent: 1,
  };
  local cfg0 = defaults + (if std.isObject(config) then config else {});
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
      else if cfg0.clusterLabels == '' then
        error file + ': config field clusterLabels must be a non-empty comma-separated list of labels, got ""'
      else cfg0;

  local sel(extra='') = '{' + std.join(',', [m for m in [cfg.alertmanagerSelector, extra] if m != '']) + '}';
  local by = '(' + std.strReplace(cfg.clusterLabels, ',', ', ') + ')';
  local alert(name, expr, severity, summary, description, for_='10m') =
    alerts.alert(name, expr, severity, summary, description, for_=for_, runbookBase=cfg.runbookBase);

  // A small Grafana dashboard builder: panels are laid out two per row.
  local datasource = { type: 'prometheus', uid: '${datasource}' };
  local panel(title, unit, targets) = { title: title, unit: unit, targets: targets };
  local dashboard(uid, title, panels) = {
    uid: uid,
    title: title,
    tags: ['stackc', 'alertmanager'],
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
        rules.group('alertmanager', [
          alert(
            'AlertmanagerConfigReloadFailed',
            'max_over_time(alertmanager_config_last_reload_successful' + sel() + '[5m]) == 0',
            'critical',
            'Alertmanager configuration reload failed.',
            'Alertmanager {{ $labels.namespace }}/{{ $labels.pod }} could not load its new configuration and keeps running the old one.',
          ),
          alert(
            'AlertmanagerNotificationsFailing',
            '100 * sum by (namespace, pod, integration) (rate(alertmanager_notifications_failed_total' + sel() + '[5m]))'
            + ' / sum by (namespace, pod, integration) (rate(alertmanager_notifications_total' + sel() + '[5m]))'
            + ' > ' + std.toString(cfg.notificationFailurePercent),
            'critical',
            'Alertmanager fails to send notifications.',
            '{{ printf "%.1f" $value }}% of the {{ $labels.integration }} notifications from {{ $labels.namespace }}/{{ $labels.pod }} fail.',
            for_='5m'
          ),
          alert(
            'AlertmanagerClusterMembersMismatch',
            'max_over_time(alertmanager_cluster_members' + sel() + '[5m])'
            + ' < on ' + by + ' group_left () count by ' + by + ' (max_over_time(alertmanager_cluster_members' + sel() + '[5m]))',
            'warning',
            'Alertmanager replicas do not see each other.',
            'Alertmanager {{ $labels.namespace }}/{{ $labels.pod }} sees only {{ $value }} cluster members; alerts may be deduplicated wrongly and silences not shared.',
            for_='15m'
          ),
          alert(
            'AlertmanagerDown',
            'up' + sel() + ' == 0',
            'warning',
            'Alertmanager cannot be scraped.',
            'Prometheus has not been able to scrape Alertmanager {{ $labels.instance }} for 5 minutes.',
            for_='5m'
          ),
        ]),
      ],
    },

    prometheusRules: {
      groups: [
        rules.group('alertmanager.rules', [
          rules.record('integration', 'alertmanager_notifications', 'rate5m',
                       'sum by (integration) (rate(alertmanager_notifications_total' + sel() + '[5m]))'),
          rules.record('integration', 'alertmanager_notifications_failed', 'rate5m',
                       'sum by (integration) (rate(alertmanager_notifications_failed_total' + sel() + '[5m]))'),
          rules.record('job', 'alertmanager_alerts_received', 'rate5m',
                       'sum by (job) (rate(alertmanager_alerts_received_total' + sel() + '[5m]))'),
        ]),
      ],
    },

    grafanaDashboards: {
      'stackc-alertmanager.json': dashboard('stackc-alertmanager', 'Alertmanager / Overview', [
        panel('Alerts received', 'short', [['job:alertmanager_alerts_received:rate5m', '{{job}}']]),
        panel('Active alerts', 'short', [['sum by (pod) (alertmanager_alerts' + sel('state="active"') + ')', '{{pod}}']]),
        panel('Notifications sent / failed', 'short', [
          ['integration:alertmanager_notifications:rate5m', '{{integration}} sent'],
          ['integration:alertmanager_notifications_failed:rate5m', '{{integration}} failed'],
        ]),
        panel('Cluster members', 'short', [['alertmanager_cluster_members' + sel(), '{{pod}}']]),
      ]),
    },
  }
