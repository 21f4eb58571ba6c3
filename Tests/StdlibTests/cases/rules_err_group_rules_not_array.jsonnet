local ru = import 'stackc/rules.libsonnet';
ru.group('g', {})
