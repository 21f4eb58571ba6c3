local a = import 'stackc/alerts.libsonnet';
a.alert('X', 'up', 'info', 's', 'd', for_='5 minutes')
