local ru = import 'stackc/rules.libsonnet';
ru.record('a:b', 'm', 'o', 'x')
