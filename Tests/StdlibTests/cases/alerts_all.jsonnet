local a = import 'stackc/alerts.libsonnet';
{
  basic: a.alert('TargetDown', 'up == 0', 'warning', 'A target is down.', 'desc {{ $labels.job }}'),
  full: a.alert('HighThing', 'x > 1', 'critical', 's', 'd', for_='1h30m', labels={ team: 'infra' }, annotations={ dashboard: 'http://g', runbook_url: 'http://x' }, runbookBase='https://example.com/rb/'),
  nofor: a.alert('Now', 'vector(1)', 'info', 's', 'd', for_=null, runbookBase=null),
  durs: [[d, a.isDuration(d)] for d in ['5m', '0s', '1h30m', '90s', '100ms', '1y2w3d4h5m6s7ms', '', '5', 'm', '5m1h', '5mm', '1.5h', '5m5m', '1ms1s', 5]],
  sev: a.severities,
}
