local stackc = import 'stackc/stackc.libsonnet';
stackc.alertmanager({
  namespace: 'monitoring', replicas: 1,
  global: { resolve_timeout: '5m' },
  receivers: [{ name: 'null' }, { name: 'pager', webhook_configs: [{ url: 'http://pager:8080/' }] }],
  route: { receiver: 'null', routes: [{ receiver: 'pager', matchers: ['severity = critical'], routes: [{ matchers: ['team = db'] }] }] },
  inhibitRules: [{ source_matchers: ['severity = critical'], target_matchers: ['severity = warning'], equal: ['alertname'] }],
  templates: ['/etc/alertmanager/templates/*.tmpl'],
})
