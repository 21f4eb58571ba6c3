local a = import 'stackc/alerts.libsonnet';
a.alert('X', 'up', 'info', 's', null)
