local ru = import 'stackc/rules.libsonnet';
ru.record('a', 'm', 'o', 3)
