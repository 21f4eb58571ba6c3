// Unit tests for the node filesystem alerts, written in Jsonnet so the cases share one
// description of the filesystem and one runbook rule with the stack.
local runbookBase = 'https://runbooks.example.com/prod/';
local fs = {
  job: 'node-exporter',
  instance: 'node-1:9100',
  device: '/dev/sda1',
  mountpoint: '/',
  fstype: 'ext4',
};
local selector = '{%s}' % std.join(',', ['%s="%s"' % [k, fs[k]] for k in std.objectFields(fs)]);
local gib = 1024 * 1024 * 1024;

// A filesystem of 100 GiB with `availPercent` per cent free for the whole test.
local series(availPercent) = [
  { series: 'node_filesystem_size_bytes' + selector, values: '%dx60' % (100 * gib) },
  { series: 'node_filesystem_avail_bytes' + selector, values: '%dx60' % (availPercent * gib) },
  { series: 'node_filesystem_readonly' + selector, values: '0x60' },
];

local almostFull(severity, threshold, availPercent) = {
  exp_labels: fs { severity: severity },
  exp_annotations: {
    summary: 'Filesystem has less than %d%% space left.' % threshold,
    description: 'Filesystem %s (%s) on %s has %.1f%% available space left.' % [fs.mountpoint, fs.device, fs.instance, availPercent],
    runbook_url: runbookBase + 'nodefilesystemalmostfull',
  },
};

{
  rule_files: ['../environments/prod/main.jsonnet'],
  evaluation_interval: '1m',
  tests: [
    {
      name: '8% free: a warning after 30 minutes',
      interval: '1m',
      input_series: series(8),
      alert_rule_test: [
        { eval_time: '29m', alertname: 'NodeFilesystemAlmostFull' },
        { eval_time: '30m', alertname: 'NodeFilesystemAlmostFull', exp_alerts: [almostFull('warning', 10, 8)] },
      ],
    },
    {
      name: '3% free: a warning and a critical alert',
      interval: '1m',
      input_series: series(3),
      alert_rule_test: [
        {
          eval_time: '45m',
          alertname: 'NodeFilesystemAlmostFull',
          exp_alerts: [almostFull('warning', 10, 3), almostFull('critical', 5, 3)],
        },
      ],
    },
  ],
}
