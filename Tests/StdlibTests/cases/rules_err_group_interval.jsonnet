local ru = import 'stackc/rules.libsonnet';
ru.group('g', [], interval='1 minute')
