// stackc/mixins/node.libsonnet — alerts, recording rules and a dashboard for Linux hosts
// monitored by the Prometheus node exporter.
//
// Usage (a function of a config object; every field is optional):
//   local node = (import 'stackc/mixins/node.libsonnet')({ cpuHighPercent: 95 });
//   (import 'stackc/mixin.libsonnet').prometheusRule(node, 'node', 'monitoring')
//
// Config fields (defaults in brackets):
//   nodeExporterSelector   ['job="node-exporter"'] label matchers selecting the node exporter
//                          series ('' for none).
//   fsSelector             ['fstype!~"tmpfs|ramfs|squashfs|overlay|nsfs",mountpoint!=""']
//                          matchers restricting the filesystem alerts.
//   runbookBase            ['https://runbooks.stackc.dev/'] runbook URL prefix (null: none).
//   fsAvailableWarningPercent [10] / fsAvailableCriticalPercent [5]: NodeFilesystemAlmostFull
//                          fires below this percentage of free space.
//   fsPredictHours         [24] NodeFilesystemPredictedFull fires when the 6h trend says the
//                          filesystem fills up within this many hours (and < 40% is free).
//   inodesAvailablePercent [5] NodeFilesystemFilesAlmostFull threshold.
//   cpuHighPercent         [90] NodeHighCPUUsage threshold (over 15 minutes).
//   memoryAvailablePercent [10] NodeMemoryPressure fires below this available percentage.
//   majorPageFaultsPerSecond [500] NodeMemoryMajorPageFaults threshold.
//   clockSkewSeconds       [0.05] NodeClockSkewDetected threshold.
//   networkErrorRatio      [0.01] NodeNetworkReceiveErrors / NodeNetworkTransmitErrors
//                          threshold (errors per packet, over 1 hour).
//
// Returns a mixin (see stackc/mixin.libsonnet): groups 'node-exporter' (alerts) and
// 'node-exporter.rules' (recording rules instance:*), dashboard 'stackc-node.json'.
// Errors 'stackc/mixins/node: ...' when config is not an object, has an unknown field or a
// field of the wrong type.
local alerts = import '../alerts.libsonnet';
local rules = import '../rules.libsonnet';

function(config={})
  local file = 'stackc/mixins/node';
  local defaults = {
    nodeExporterSelector: 'job="node-exporter"',
    fsSelector: 'fstype!~"tmpfs|ramfs|squashfs|overlay|nsfs",mountpoint!=""',
    runbookBase: 'https://runbooks.stackc.dev/',
    fsAvailableWarningPercent: 10,
    fsAvailableCriticalPercent: 5,
    fsPredictHours: 24,
    inodesAvailablePercent: 5,
    cpuHighPercent: 90,
    memoryAvailablePercent: 10,
    majorPageFaultsPerSecond: 500,
    clockSkewSeconds: 0.05,
    networkErrorRatio: 0.01,
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

  // Label matchers: the node exporter selector plus `extra`, as '{...}'.
  local sel(extra='') = '{' + std.join(',', [m for m in [cfg.nodeExporterSelector, extra] if m != '']) + '}';
  local fs = sel(cfg.fsSelector);
  local alert(name, expr, severity, summary, description, for_='5m') =
    alerts.alert(name, expr, severity, summary, description, for_=for_, runbookBase=cfg.runbookBase);
  local num(n) = std.toString(n);

  // A small Grafana dashboard builder: panels are laid out two per row.
  local datasource = { type: 'prometheus', uid: '${datasource}' };
  local panel(title, unit, targets) = { title: title, unit: unit, targets: targets };
  local dashboard(uid, title, panels) = {
    uid: uid,
    title: title,
    tags: ['stackc', 'node'],
    editable: true,
    schemaVersion: 39,
    time: { from: 'now-6h', to: 'now' },
    refresh: '1m',
    timezone: 'browser',
    templating: {
      list: [
        { name: 'datasource', type: 'datasource', query: 'prometheus', label: 'Data source', hide: 0 },
        {
          name: 'instance',
          type: 'query',
          label: 'Instance',
          datasource: datasource,
          query: { query: 'label_values(node_uname_info' + sel() + ', instance)', refId: 'instance' },
          definition: 'label_values(node_uname_info' + sel() + ', instance)',
          refresh: 2,
          includeAll: true,
          multi: true,
          sort: 1,
        },
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
        rules.group('node-exporter', [
          alert(
            'NodeFilesystemAlmostFull',
            '100 * node_filesystem_avail_bytes' + fs + ' / node_filesystem_size_bytes' + fs + ' < ' + num(cfg.fsAvailableWarningPercent)
            + ' and node_filesystem_readonly' + fs + ' == 0',
            'warning',
            'Filesystem has less than ' + num(cfg.fsAvailableWarningPercent) + '% space left.',
            'Filesystem {{ $labels.mountpoint }} ({{ $labels.device }}) on {{ $labels.instance }} has {{ printf "%.1f" $value }}% available space left.',
            for_='30m'
          ),
          alert(
            'NodeFilesystemAlmostFull',
            '100 * node_filesystem_avail_bytes' + fs + ' / node_filesystem_size_bytes' + fs + ' < ' + num(cfg.fsAvailableCriticalPercent)
            + ' and node_filesystem_readonly' + fs + ' == 0',
            'critical',
            'Filesystem has less than ' + num(cfg.fsAvailableCriticalPercent) + '% space left.',
            'Filesystem {{ $labels.mountpoint }} ({{ $labels.device }}) on {{ $labels.instance }} has {{ printf "%.1f" $value }}% available space left.',
            for_='30m'
          ),
          alert(
            'NodeFilesystemPredictedFull',
            '100 * node_filesystem_avail_bytes' + fs + ' / node_filesystem_size_bytes' + fs + ' < 40'
            + ' and predict_linear(node_filesystem_avail_bytes' + fs + '[6h], ' + num(cfg.fsPredictHours) + ' * 3600) < 0'
            + ' and node_filesystem_readonly' + fs + ' == 0',
            'warning',
            'Filesystem is predicted to run out of space within ' + num(cfg.fsPredictHours) + ' hours.',
            'Filesystem {{ $labels.mountpoint }} ({{ $labels.device }}) on {{ $labels.instance }} has {{ printf "%.1f" $value }}% available space left and is filling up.',
            for_='1h'
          ),
          alert(
            'NodeFilesystemFilesAlmostFull',
            '100 * node_filesystem_files_free' + fs + ' / node_filesystem_files' + fs + ' < ' + num(cfg.inodesAvailablePercent)
            + ' and node_filesystem_readonly' + fs + ' == 0',
            'warning',
            'Filesystem has less than ' + num(cfg.inodesAvailablePercent) + '% inodes left.',
            'Filesystem {{ $labels.mountpoint }} ({{ $labels.device }}) on {{ $labels.instance }} has {{ printf "%.1f" $value }}% available inodes left.',
            for_='1h'
          ),
          alert(
            'NodeHighCPUUsage',
            '100 * instance:node_cpu_utilisation:rate5m' + sel() + ' > ' + num(cfg.cpuHighPercent),
            'warning',
            'CPU usage is above ' + num(cfg.cpuHighPercent) + '%.',
            'CPU usage on {{ $labels.instance }} has been {{ printf "%.0f" $value }}% for 15 minutes.',
            for_='15m'
          ),
          alert(
            'NodeMemoryPressure',
            '100 * node_memory_MemAvailable_bytes' + sel() + ' / node_memory_MemTotal_bytes' + sel() + ' < ' + num(cfg.memoryAvailablePercent),
            'warning',
            'Host is running out of memory.',
            'Only {{ printf "%.1f" $value }}% of the memory of {{ $labels.instance }} is available.',
            for_='15m'
          ),
          alert(
            'NodeMemoryMajorPageFaults',
            'rate(node_vmstat_pgmajfault' + sel() + '[5m]) > ' + num(cfg.majorPageFaultsPerSecond),
            'warning',
            'Host is under heavy memory pressure (major page faults).',
            '{{ $labels.instance }} has {{ printf "%.0f" $value }} major page faults per second; it is probably swapping or evicting page cache it needs.',
            for_='15m'
          ),
          alert(
            'NodeExporterDown',
            'up' + sel() + ' == 0',
            'warning',
            'Node exporter cannot be scraped.',
            'Prometheus has not been able to scrape the node exporter on {{ $labels.instance }} for 5 minutes; host metrics and alerts for it are missing.',
          ),
          alert(
            'NodeClockSkewDetected',
            '(node_timex_offset_seconds' + sel() + ' > ' + num(cfg.clockSkewSeconds) + ' and deriv(node_timex_offset_seconds' + sel() + '[5m]) >= 0)'
            + ' or (node_timex_offset_seconds' + sel() + ' < -' + num(cfg.clockSkewSeconds) + ' and deriv(node_timex_offset_seconds' + sel() + '[5m]) <= 0)',
            'warning',
            'Host clock is skewed.',
            'The clock of {{ $labels.instance }} is off by {{ printf "%.3f" $value }}s and is not converging; check NTP.',
            for_='10m'
          ),
          alert(
            'NodeClockNotSynchronising',
            'min_over_time(node_timex_sync_status' + sel() + '[5m]) == 0 and node_timex_maxerror_seconds' + sel() + ' >= 16',
            'warning',
            'Host clock is not synchronising.',
            'The clock of {{ $labels.instance }} has not been synchronised by NTP for 10 minutes.',
            for_='10m'
          ),
        ] + [
          alert(
            'NodeNetwork' + d[0] + 'Errors',
            'rate(node_network_' + d[1] + '_errs_total' + sel() + '[1h]) / rate(node_network_' + d[1] + '_packets_total' + sel() + '[1h]) > ' + num(cfg.networkErrorRatio),
            'warning',
            'Network interface reports many ' + d[1] + ' errors.',
            '{{ $labels.device }} on {{ $labels.instance }} had {{ printf "%.2f" $value }} ' + d[1] + ' errors per packet over the last hour.',
            for_='1h'
          )
          for d in [['Receive', 'receive'], ['Transmit', 'transmit']]
        ]),
      ],
    },

    prometheusRules: {
      groups: [
        rules.group('node-exporter.rules', [
          rules.record('instance', 'node_num_cpu', 'sum',
                       'count without (cpu, mode) (node_cpu_seconds_total' + sel('mode="idle"') + ')'),
          rules.record('instance', 'node_cpu_utilisation', 'rate5m',
                       '1 - avg without (cpu) (sum without (mode) (rate(node_cpu_seconds_total' + sel('mode=~"idle|iowait|steal"') + '[5m])))'),
          rules.record('instance', 'node_load1_per_cpu', 'ratio',
                       'node_load1' + sel() + ' / instance:node_num_cpu:sum' + sel()),
          rules.record('instance', 'node_memory_utilisation', 'ratio',
                       '1 - node_memory_MemAvailable_bytes' + sel() + ' / node_memory_MemTotal_bytes' + sel()),
          rules.record('instance', 'node_vmstat_pgmajfault', 'rate5m',
                       'rate(node_vmstat_pgmajfault' + sel() + '[5m])'),
          rules.record('instance', 'node_network_receive_bytes_excluding_lo', 'rate5m',
                       'sum without (device) (rate(node_network_receive_bytes_total' + sel('device!="lo"') + '[5m]))'),
          rules.record('instance', 'node_network_transmit_bytes_excluding_lo', 'rate5m',
                       'sum without (device) (rate(node_network_transmit_bytes_total' + sel('device!="lo"') + '[5m]))'),
          rules.record('instance_device', 'node_filesystem_avail', 'ratio',
                       'node_filesystem_avail_bytes' + fs + ' / node_filesystem_size_bytes' + fs),
        ]),
      ],
    },

    grafanaDashboards: {
      local i = sel('instance=~"$instance"'),
      'stackc-node.json': dashboard('stackc-node', 'Node / Overview', [
        panel('CPU utilisation', 'percentunit', [['instance:node_cpu_utilisation:rate5m' + i, '{{instance}}']]),
        panel('Load per CPU (1m)', 'short', [['instance:node_load1_per_cpu:ratio' + i, '{{instance}}']]),
        panel('Memory utilisation', 'percentunit', [['instance:node_memory_utilisation:ratio' + i, '{{instance}}']]),
        panel('Filesystem space available', 'percentunit', [['instance_device:node_filesystem_avail:ratio' + i, '{{instance}} {{mountpoint}}']]),
        panel('Network received', 'Bps', [['instance:node_network_receive_bytes_excluding_lo:rate5m' + i, '{{instance}}']]),
        panel('Network transmitted', 'Bps', [['instance:node_network_transmit_bytes_excluding_lo:rate5m' + i, '{{instance}}']]),
      ]),
    },
  }
