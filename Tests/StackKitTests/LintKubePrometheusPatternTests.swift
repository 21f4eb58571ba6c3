import XCTest
import YAML
@testable import StackKit

/// Patterns from a kube-prometheus style `manifests/` folder that must lint clean (each was a
/// false positive), each with the variant that is a real mistake and must still be reported.
final class LintKubePrometheusPatternTests: XCTestCase {
    static func lint(_ yaml: String) -> [String] {
        Linter.run(LintContext(objects: lintObjects(yaml))).map { "\($0.rule): \($0.message)" }
    }

    /// A Prometheus scraping itself (web and the config-reloader's reloader-web) through a
    /// Service with named targetPorts, behind a NetworkPolicy admitting the port numbers.
    static func selfScrape(policyPorts: String) -> String {
        """
        apiVersion: monitoring.coreos.com/v1
        kind: Prometheus
        metadata: {name: k8s, namespace: monitoring}
        spec:
          podMetadata: {labels: {app.kubernetes.io/name: prometheus}}
          serviceMonitorSelector: {}
          serviceMonitorNamespaceSelector: {}
        ---
        apiVersion: v1
        kind: Service
        metadata: {name: prometheus-k8s, namespace: monitoring, labels: {app.kubernetes.io/name: prometheus}}
        spec:
          selector: {app.kubernetes.io/name: prometheus}
          ports:
          - {name: web, port: 9090, targetPort: web}
          - {name: reloader-web, port: 8080, targetPort: reloader-web}
        ---
        apiVersion: monitoring.coreos.com/v1
        kind: ServiceMonitor
        metadata: {name: prometheus-k8s, namespace: monitoring}
        spec:
          selector: {matchLabels: {app.kubernetes.io/name: prometheus}}
          endpoints: [{port: web}, {port: reloader-web}]
        ---
        apiVersion: networking.k8s.io/v1
        kind: NetworkPolicy
        metadata: {name: prometheus-k8s, namespace: monitoring}
        spec:
          podSelector: {matchLabels: {app.kubernetes.io/name: prometheus}}
          policyTypes: [Ingress]
          ingress:
          - from: [{podSelector: {matchLabels: {app.kubernetes.io/name: prometheus}}}]
            ports: \(policyPorts)

        """
    }

    func testOperatorReloaderPortIsKnown() {
        XCTAssertEqual(Self.lint(Self.selfScrape(policyPorts: "[{port: 9090}, {port: 8080}]")), [])
        let blocked = Self.lint(Self.selfScrape(policyPorts: "[{port: 9090}]"))
        XCTAssertEqual(blocked.count, 1, "\(blocked)")
        XCTAssertTrue(blocked.first?.contains("8080 (reloader-web)") ?? false, "\(blocked)")
    }

    func testUnresolvedNamedTargetPortIsNotReported() {
        // The Service's targetPort names a port the pods (as far as the stack tells) lack.
        let yaml = Self.selfScrape(policyPorts: "[{port: 9090}]")
            .replacingOccurrences(of: "targetPort: reloader-web", with: "targetPort: sidecar-web")
        XCTAssertEqual(Self.lint(yaml).filter { $0.hasPrefix("scrape/networkpolicy-blocks") }, [])
    }

    /// The kubelet ServiceMonitor (its Service lives in kube-system, managed by the operator)
    /// drops `process_start_time_seconds` on one endpoint; a rule reads it from another job.
    static func kubeletDrop(ruleJob: String, jobLabel: String = "jobLabel: app.kubernetes.io/name") -> String {
        """
        apiVersion: monitoring.coreos.com/v1
        kind: ServiceMonitor
        metadata: {name: kubelet, namespace: monitoring}
        spec:
          \(jobLabel)
          namespaceSelector: {matchNames: [kube-system]}
          selector: {matchLabels: {app.kubernetes.io/name: kubelet}}
          endpoints:
          - port: https-metrics
            path: /metrics/slis
            metricRelabelings:
            - {action: drop, sourceLabels: [__name__], regex: process_start_time_seconds}
        ---
        apiVersion: monitoring.coreos.com/v1
        kind: PrometheusRule
        metadata: {name: am-rules, namespace: monitoring}
        spec:
          groups:
          - name: am
            rules:
            - alert: Crashlooping
              expr: changes(process_start_time_seconds{job="\(ruleJob)"}[10m]) > 4
              for: 5m
              labels: {severity: critical}
              annotations: {summary: s, description: d, runbook_url: r}

        """
    }

    func testMetricDropOnJobOfServiceOutsideTheStack() {
        let other = Self.lint(Self.kubeletDrop(ruleJob: "alertmanager-main")).filter { $0.hasPrefix("relabel/") }
        XCTAssertEqual(other, [])
        let same = Self.lint(Self.kubeletDrop(ruleJob: "kubelet")).filter { $0.hasPrefix("relabel/") }
        XCTAssertEqual(same.count, 1, "\(same)")
        // Without jobLabel the job is the Service's name, unknown here: still reported.
        let unknown = Self.lint(Self.kubeletDrop(ruleJob: "alertmanager-main", jobLabel: "")).filter { $0.hasPrefix("relabel/") }
        XCTAssertEqual(unknown.count, 1, "\(unknown)")
    }

    /// kube-prometheus' Alertmanager config: every receiver is an empty placeholder.
    static func routing(defaultReceiver: String) -> String {
        """
        apiVersion: monitoring.coreos.com/v1
        kind: Alertmanager
        metadata: {name: main, namespace: monitoring}
        spec: {replicas: 1}
        ---
        apiVersion: v1
        kind: Secret
        metadata: {name: alertmanager-main, namespace: monitoring}
        stringData:
          alertmanager.yaml: |-
            receivers:
            - name: Default
              \(defaultReceiver)
            - name: Watchdog
            - name: Critical
              webhook_configs: [{url: "http://example/hook"}]
            route:
              receiver: Default
              routes:
              - {matchers: ["alertname = Watchdog"], receiver: Watchdog}
              - {matchers: ["severity = critical"], receiver: Critical}
        ---
        apiVersion: monitoring.coreos.com/v1
        kind: PrometheusRule
        metadata: {name: rules, namespace: monitoring}
        spec:
          groups:
          - name: g
            rules:
            - alert: SomethingWarns
              expr: vector(1)
              labels: {severity: warning}
              annotations: {summary: s, description: d, runbook_url: r}

        """
    }

    func testPlaceholderAlertmanagerConfigIsNotJudged() {
        let placeholder = Self.routing(defaultReceiver: "")
            .replacingOccurrences(of: "  webhook_configs: [{url: \"http://example/hook\"}]\n", with: "")
        XCTAssertEqual(Self.lint(placeholder).filter { $0.hasPrefix("rules/unrouted-alert") }, [])
        // One receiver notifies, the catch-all does not: the warning alert is lost.
        let real = Self.lint(Self.routing(defaultReceiver: "")).filter { $0.hasPrefix("rules/unrouted-alert") }
        XCTAssertEqual(real.count, 1, "\(real)")
    }

    /// kube-prometheus' recording names (`count:up1`, `instance:node_cpu:rate:sum`, empty level or
    /// operations), and the
    /// Grafana mixin's alert with a `message` annotation instead of summary and description.
    static func mixinRules(record: String, annotations: String) -> String {
        """
        apiVersion: monitoring.coreos.com/v1
        kind: PrometheusRule
        metadata: {name: rules, namespace: monitoring}
        spec:
          groups:
          - name: g
            rules:
            - {record: \(record), expr: 'count without(instance) (up == 1)'}
            - alert: GrafanaRequestsFailing
              expr: vector(1)
              for: 5m
              labels: {severity: warning}
              annotations: \(annotations)

        """
    }

    func testMixinRecordNamesAndMessageAnnotation() {
        for record in ["count:up1", "instance:node_cpu:rate:sum", "'node_namespace_pod:kube_pod_info:'", "':node_memory_MemAvailable_bytes:sum'"] {
            XCTAssertEqual(Self.lint(Self.mixinRules(record: record, annotations: "{message: m, runbook_url: r}")), [], record)
        }
        XCTAssertEqual(Self.lint(Self.mixinRules(record: "up1", annotations: "{message: m}")).map { $0.components(separatedBy: ":").first ?? "" }.sorted(),
                       ["rules/missing-annotation", "rules/record-naming"])
    }

    /// One record name and labels written by several rules selecting disjoint series is a union,
    /// not a duplicate; the same expression twice still is.
    func testRecordUnionIsNotADuplicate() {
        func rules(_ a: String, _ b: String) -> String {
            """
            apiVersion: monitoring.coreos.com/v1
            kind: PrometheusRule
            metadata: {name: rules, namespace: monitoring}
            spec:
              groups:
              - name: g
                rules:
                - {record: 'code_verb:requests:increase1h', expr: 'sum by (code) (increase(requests_total{code=~"\(a)"}[1h]))'}
                - {record: 'code_verb:requests:increase1h', expr: 'sum by (code) (increase(requests_total{code=~"\(b)"}[1h]))'}

            """
        }
        XCTAssertEqual(Self.lint(rules("2..", "5..")), [])
        XCTAssertEqual(Self.lint(rules("2..", "2..")).map { $0.components(separatedBy: ":").first ?? "" }, ["rules/duplicate-name"])
    }
}
