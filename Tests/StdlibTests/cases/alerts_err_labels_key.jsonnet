local a = import 'stackc/alerts.libsonnet';
a.alert('X', 'up', 'info', 's', 'd', labels={ 'team-name': 'x' })
