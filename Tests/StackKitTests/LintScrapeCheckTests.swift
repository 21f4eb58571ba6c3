import XCTest
import YAML
@testable import StackKit

/// A small clean stack (an exporter with its Service, ServiceMonitor, NetworkPolicy, and a
/// Prometheus with RBAC) that lints clean, and one planted mistake per scrape and Kubernetes
/// rule.
final class LintScrapeCheckTests: XCTestCase {
    static let cleanStack = """
        apiVersion: v1
        kind: Namespace
        metadata: {name: monitoring}
        ---
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: exporter, namespace: monitoring}
        spec:
          selector: {matchLabels: {app: exporter}}
          template:
            metadata: {labels: {app: exporter}}
            spec:
              containers:
              - name: exporter
                ports: [{name: http-metrics, containerPort: 9100}]
        ---
        apiVersion: v1
        kind: Service
        metadata: {name: exporter, namespace: monitoring, labels: {app: exporter}}
        spec:
          selector: {app: exporter}
          ports: [{name: http-metrics, port: 9100, targetPort: http-metrics}]
        ---
        apiVersion: monitoring.coreos.com/v1
        kind: ServiceMonitor
        metadata: {name: exporter, namespace: monitoring, labels: {team: sre}}
        spec:
          selector: {matchLabels: {app: exporter}}
          endpoints: [{port: http-metrics, interval: 30s}]
        ---
        apiVersion: networking.k8s.io/v1
        kind: NetworkPolicy
        metadata: {name: exporter, namespace: monitoring}
        spec:
          podSelector: {matchLabels: {app: exporter}}
          policyTypes: [Ingress]
          ingress:
          - from: [{podSelector: {matchLabels: {app.kubernetes.io/name: prometheus}}}]
            ports: [{port: 9100, protocol: TCP}]
        ---
        apiVersion: monitoring.coreos.com/v1
        kind: Prometheus
        metadata: {name: k8s, namespace: monitoring}
        spec:
          serviceAccountName: prometheus-k8s
          serviceMonitorSelector: {matchLabels: {team: sre}}
          serviceMonitorNamespaceSelector: {}
        ---
        apiVersion: rbac.authorization.k8s.io/v1
        kind: ClusterRole
        metadata: {name: prometheus-k8s}
        rules:
        - apiGroups: [""]
          resources: [services, endpoints, pods]
          verbs: [get, list, watch]
        ---
        apiVersion: rbac.authorization.k8s.io/v1
        kind: ClusterRoleBinding
        metadata: {name: prometheus-k8s}
        roleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: prometheus-k8s}
        subjects: [{kind: ServiceAccount, name: prometheus-k8s, namespace: monitoring}]
        """

    static func objects(_ yaml: String) throws -> [KubeObject] {
        try YAML.parseStream(yaml).enumerated().flatMap { i, doc in
            ManifestDirectory.objects(YAMLEmitValue(doc), file: "doc\(i).yaml")
        }
    }

    static func lint(_ yaml: String) throws -> [LintFinding] {
        Linter.run(LintContext(objects: try objects(yaml)))
    }

    func testCleanStackHasNoFindings() throws {
        XCTAssertEqual(try Self.lint(Self.cleanStack).map { "\($0.rule): \($0.message)" }, [])
    }

    func testEachPlantedMistakeIsFound() throws {
        // (rule, what to replace in the clean stack, with what)
        let cases: [(String, String, String)] = [
            ("scrape/selector-matches-nothing", "selector: {matchLabels: {app: exporter}}\n  endpoints", "selector: {matchLabels: {app: exportr}}\n  endpoints"),
            ("scrape/port-not-found", "endpoints: [{port: http-metrics", "endpoints: [{port: metrics"),
            ("scrape/monitor-not-selected", "labels: {team: sre}}", "labels: {team: web}}"),
            ("scrape/networkpolicy-blocks", "ports: [{port: 9100, protocol: TCP}]", "ports: [{port: 9200, protocol: TCP}]"),
            ("scrape/networkpolicy-blocks", "app.kubernetes.io/name: prometheus", "app.kubernetes.io/name: grafana"),
            ("scrape/rbac-endpoints", "resources: [services, endpoints, pods]", "resources: [services, pods]"),
            ("scrape/no-monitor", "kind: ServiceMonitor\nmetadata: {name: exporter", "kind: ServiceMonitor\nmetadata: {name: exporter, labels: {}}\n---\nkind: Skipped\nmetadata: {name: x"),
            ("k8s/selector-mismatch", "metadata: {labels: {app: exporter}}", "metadata: {labels: {app: exporter-v2}}"),
            // A second exporter with a metrics port, behind no Service and no PodMonitor.
            ("scrape/no-monitor", "apiVersion: v1\nkind: Service\n", "apiVersion: apps/v1\nkind: DaemonSet\nmetadata: {name: agent, namespace: monitoring}\nspec:\n  selector: {matchLabels: {app: agent}}\n  template:\n    metadata: {labels: {app: agent}}\n    spec:\n      containers: [{name: agent, ports: [{name: metrics, containerPort: 8080}]}]\n---\napiVersion: v1\nkind: Service\n"),
            ("k8s/missing-namespace", "kind: Service\nmetadata: {name: exporter, namespace: monitoring,", "kind: Service\nmetadata: {name: exporter,"),
            ("k8s/duplicate-object", "kind: Namespace\nmetadata: {name: monitoring}", "kind: Namespace\nmetadata: {name: monitoring}\n---\napiVersion: v1\nkind: Namespace\nmetadata: {name: monitoring}"),
        ]
        for (rule, old, new) in cases {
            XCTAssertTrue(Self.cleanStack.contains(old), "fixture for \(rule) does not apply")
            let findings = try Self.lint(Self.cleanStack.replacingOccurrences(of: old, with: new))
            XCTAssertTrue(findings.contains { $0.rule == rule }, "\(rule) not found; got \(findings.map(\.rule))")
        }
    }

    func testSelectorsAndDisabledRules() throws {
        let sel = LabelSelector(YAMLEmitValue(try YAML.parse("{matchLabels: {a: b}, matchExpressions: [{key: c, operator: In, values: [x, y]}, {key: d, operator: DoesNotExist}]}")))!
        XCTAssertTrue(sel.matches(["a": "b", "c": "y"]))
        XCTAssertFalse(sel.matches(["a": "b", "c": "z"]))
        XCTAssertFalse(sel.matches(["a": "b", "c": "x", "d": ""]))
        let broken = Self.cleanStack.replacingOccurrences(of: "endpoints: [{port: http-metrics", with: "endpoints: [{port: metrics")
        let findings = Linter.run(LintContext(objects: try Self.objects(broken)), config: LintConfig(disabled: ["scrape/port-not-found"]))
        XCTAssertFalse(findings.contains { $0.rule == "scrape/port-not-found" })
    }
}
