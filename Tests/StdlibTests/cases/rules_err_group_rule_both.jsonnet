local ru = import 'stackc/rules.libsonnet';
ru.group('g', [{ alert: 'A', record: 'b', expr: 'x' }])
