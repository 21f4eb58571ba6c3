local ru = import 'stackc/rules.libsonnet';
ru.group('g', [{ record: 'a:b:c' }])
