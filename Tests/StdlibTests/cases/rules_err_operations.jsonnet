local ru = import 'stackc/rules.libsonnet';
ru.record('a', 'm', 'rate-5m', 'x')
