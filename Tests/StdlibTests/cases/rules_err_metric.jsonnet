local ru = import 'stackc/rules.libsonnet';
ru.record('a', '', 'o', 'x')
