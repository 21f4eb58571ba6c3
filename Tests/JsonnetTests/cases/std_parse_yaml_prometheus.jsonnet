std.parseYaml(importstr 'lib/prometheus-rules.yaml')
