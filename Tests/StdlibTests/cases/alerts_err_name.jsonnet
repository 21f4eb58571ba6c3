local a = import 'stackc/alerts.libsonnet';
a.alert('bad-name', 'up', 'warning', 's', 'd')
