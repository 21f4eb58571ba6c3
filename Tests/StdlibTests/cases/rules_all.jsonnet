local a = import 'stackc/alerts.libsonnet';
local ru = import 'stackc/rules.libsonnet';
{
  rec: ru.record('instance', 'node_cpu_utilisation', 'rate5m', '1 - avg without (cpu) (rate(node_cpu_seconds_total{mode="idle"}[5m]))'),
  recLabels: ru.record('job', 'up', 'sum', 'sum by (job) (up)', labels={ source: 'stackc' }),
  group: ru.group('g', [ru.record('a', 'b', 'c', 'x'), a.alert('Y', 'up == 0', 'warning', 's', 'd')]),
  groupInterval: ru.group('g2', [], interval='30s'),
}
