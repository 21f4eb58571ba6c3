local ru = import 'stackc/rules.libsonnet';
ru.record('a', 'm', 'o', 'x', labels={ a: true })
