std.parseYaml(importstr 'lib/k8s-manifests.yaml')
