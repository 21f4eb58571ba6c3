local a = import 'stackc/alerts.libsonnet';
a.alert('X', '', 'warning', 's', 'd')
