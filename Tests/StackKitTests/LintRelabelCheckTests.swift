import XCTest
import StackKit
import YAML

/// Objects for lint tests, written as YAML: every document of `yaml` becomes one object.
func lintObjects(_ yaml: String, file: StaticString = #filePath, line: UInt = #line) -> [KubeObject] {
    do {
        return try YAML.parseStream(yaml).map { KubeObject(value: YAMLEmitValue($0), file: "test.yaml") }
    } catch {
        XCTFail("test YAML does not parse: \(error)", file: file, line: line)
        return []
    }
}

/// One planted mistake (or none) and what a check must say about it.
struct LintCase {
    var name: String
    var yaml: String
    /// The rule ids of the findings, sorted, duplicates kept.
    var rules: [String]
    /// Text every finding's message must contain (one per finding, in rule-id order), or empty.
    var messages: [String] = []

    func check(_ check: any LintCheck, context: (([KubeObject]) -> LintContext)? = nil, file: StaticString = #filePath, line: UInt = #line) {
        let objects = lintObjects(yaml, file: file, line: line)
        let ctx = context?(objects) ?? LintContext(objects: objects)
        let found = check.run(ctx).sorted { ($0.rule, $0.message) < ($1.rule, $1.message) }
        XCTAssertEqual(found.map(\.rule), rules, "\(name): \(found.map { "\($0.rule): \($0.message)" })", file: file, line: line)
        for (f, text) in zip(found, messages) where !f.message.contains(text) {
            XCTFail("\(name): \(f.rule) message \"\(f.message)\" does not contain \"\(text)\"", file: file, line: line)
        }
        for f in found {
            XCTAssertFalse(f.fix.isEmpty, "\(name): \(f.rule) has no fix", file: file, line: line)
            XCTAssertTrue(check.rules.contains { $0.id == f.rule && $0.severity == f.severity }, "\(name): \(f.rule) is not declared", file: file, line: line)
        }
    }
}

/// Relabel configs of ServiceMonitors, PodMonitors and Probes: one planted mistake per rule id.
final class LintRelabelCheckTests: XCTestCase {
    /// A ServiceMonitor selecting Service `api` (label app=api, team=web), backed by Deployment
    /// `api`, with the given endpoint fields.
    static func serviceMonitor(_ endpoint: String, selector: String = "app: api") -> String {
        """
        apiVersion: v1
        kind: Service
        metadata: {name: api, namespace: apps, labels: {app: api, team: web}}
        spec: {selector: {app: api}, ports: [{name: http, port: 8080}]}
        ---
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: api, namespace: apps}
        spec:
          selector: {matchLabels: {app: api}}
          template:
            metadata: {labels: {app: api, tier: backend}}
            spec: {containers: [{name: api, image: api, ports: [{name: http, containerPort: 8080}]}]}
        ---
        apiVersion: monitoring.coreos.com/v1
        kind: ServiceMonitor
        metadata: {name: api, namespace: apps}
        spec:
          selector: {matchLabels: {\(selector)}}
          endpoints:
          - port: http
        \(endpoint.split(separator: "\n", omittingEmptySubsequences: false).map { "    " + $0 }.joined(separator: "\n"))
        """
    }

    static let nodeRules = "\n" + """
        ---
        apiVersion: monitoring.coreos.com/v1
        kind: PrometheusRule
        metadata: {name: node, namespace: apps}
        spec:
          groups:
          - name: node
            rules:
            - alert: HighLoad
              expr: node_load1{job="api"} > 4
            - record: instance:http_requests:rate5m
              expr: sum by (instance) (rate({__name__="http_requests_total"}[5m]))
            - alert: GoroutinesHigh
              expr: go_goroutines{job="other"} > 1000
        """

    func testCleanConfigsGiveNoFindings() {
        LintCase(name: "clean", yaml: Self.serviceMonitor("""
            relabelings:
            - {sourceLabels: [__meta_kubernetes_pod_node_name], targetLabel: node}
            - {action: Replace, sourceLabels: [__meta_kubernetes_service_label_team], targetLabel: team, regex: '(.+)', replacement: '${1}'}
            - {action: keep, sourceLabels: [__meta_kubernetes_service_label_team], regex: 'web|infra'}
            - {action: keep, sourceLabels: [__meta_kubernetes_pod_label_tier, __meta_kubernetes_namespace], regex: 'backend;apps'}
            - {action: labelmap, regex: '__meta_kubernetes_pod_label_(.+)', replacement: 'pod_${1}'}
            - {action: hashmod, sourceLabels: [__address__], modulus: 4, targetLabel: __tmp_hash}
            - {action: keepequal, sourceLabels: [__meta_kubernetes_pod_container_port_number], targetLabel: __tmp_port}
            - {action: lowercase, sourceLabels: [team], targetLabel: team}
            - {action: labeldrop, regex: 'pod_template_hash'}
            metricRelabelings:
            - {action: drop, sourceLabels: [__name__], regex: 'go_gc_.*|process_.*'}
            - {action: drop, sourceLabels: [__name__], regex: 'go_goroutines'}
            - {action: keep, sourceLabels: [__name__], regex: 'node_.*|http_.*|go_.*'}
            """) + Self.nodeRules, rules: []).check(RelabelCheck())
    }

    func testPlantedMistakes() {
        let cases: [LintCase] = [
            LintCase(name: "unknown action", yaml: Self.serviceMonitor("""
                relabelings:
                - {action: rewrite, sourceLabels: [a], targetLabel: b}
                """), rules: ["relabel/invalid-action"], messages: ["spec.endpoints[0].relabelings[0]: \"rewrite\" is not a relabel action"]),
            LintCase(name: "action spelled in capitals", yaml: Self.serviceMonitor("""
                metricRelabelings:
                - {action: KEEP, sourceLabels: [__name__], regex: 'node_.*'}
                """), rules: ["relabel/invalid-action"], messages: ["its enum lists keep and Keep"]),
            LintCase(name: "regex that is not RE2", yaml: Self.serviceMonitor("""
                metricRelabelings:
                - {action: drop, sourceLabels: [__name__], regex: 'go_(gc|mem'}
                """), rules: ["relabel/invalid-regex"], messages: ["invalid regex go_(gc|mem for relabel configuration: error parsing regexp: missing closing ): `^(?s:go_(gc|mem)$`"]),
            LintCase(name: "lookahead", yaml: Self.serviceMonitor("""
                relabelings:
                - {action: keep, sourceLabels: [__meta_kubernetes_service_name], regex: 'api(?!-canary)'}
                """), rules: ["relabel/invalid-regex"], messages: ["error parsing regexp"]),
            LintCase(name: "hashmod without modulus", yaml: Self.serviceMonitor("""
                relabelings:
                - {action: hashmod, sourceLabels: [__address__], targetLabel: __tmp_hash}
                """), rules: ["relabel/missing-field"], messages: ["relabel configuration for hashmod requires non-zero modulus"]),
            LintCase(name: "replace without targetLabel", yaml: Self.serviceMonitor("""
                relabelings:
                - {action: replace, sourceLabels: [__meta_kubernetes_pod_node_name]}
                """), rules: ["relabel/missing-field"], messages: ["relabel configuration for replace action needs targetLabel value"]),
            LintCase(name: "keep without sourceLabels", yaml: Self.serviceMonitor("""
                metricRelabelings:
                - {action: keep, regex: 'node_.*'}
                """), rules: ["relabel/missing-field"], messages: ["keep action has no sourceLabels"]),
            LintCase(name: "labeldrop with sourceLabels", yaml: Self.serviceMonitor("""
                metricRelabelings:
                - {action: labeldrop, sourceLabels: [id], regex: 'id'}
                """), rules: ["relabel/invalid-field"], messages: ["labeldrop action requires only 'regex', and no other fields"]),
            LintCase(name: "keepequal with a regex", yaml: Self.serviceMonitor("""
                relabelings:
                - {action: keepequal, sourceLabels: [a], targetLabel: b, regex: 'x'}
                """), rules: ["relabel/invalid-field"], messages: ["keepequal action requires only 'source_labels' and `target_label`, and no other fields"]),
            LintCase(name: "replace into a label name with a dash", yaml: Self.serviceMonitor("""
                relabelings:
                - {sourceLabels: [__meta_kubernetes_pod_node_name], targetLabel: node-name}
                """), rules: ["relabel/invalid-field"], messages: ["\"node-name\" is invalid 'target_label' for replace action"]),
            LintCase(name: "labelmap to a dashed name", yaml: Self.serviceMonitor("""
                relabelings:
                - {action: labelmap, regex: '__meta_kubernetes_pod_label_(.+)', replacement: 'pod-$1'}
                """), rules: ["relabel/labelmap-invalid-name"], messages: ["labelmap replacement \"pod-$1\" is not a label name"]),
            LintCase(name: "labelmap to a name starting with a digit", yaml: Self.serviceMonitor("""
                relabelings:
                - {action: labelmap, regex: '__meta_kubernetes_pod_label_(.+)', replacement: '1_${1}'}
                """), rules: ["relabel/labelmap-invalid-name"], messages: ["starts with a digit"]),
            LintCase(name: "labelmap with $1_suffix", yaml: Self.serviceMonitor("""
                relabelings:
                - {action: labelmap, regex: '__meta_kubernetes_pod_label_(.+)', replacement: '$1_label'}
                """), rules: ["relabel/labelmap-invalid-name"], messages: ["refers to group \"1_label\""]),
            LintCase(name: "labelmap with a missing group", yaml: Self.serviceMonitor("""
                relabelings:
                - {action: labelmap, regex: '__meta_kubernetes_pod_label_(.+)', replacement: '$2'}
                """), rules: ["relabel/labelmap-invalid-name"], messages: ["refers to group \"2\""]),
            LintCase(name: "keep on a Service label no Service has", yaml: Self.serviceMonitor("""
                relabelings:
                - {action: keep, sourceLabels: [__meta_kubernetes_service_label_owner], regex: 'platform'}
                """), rules: ["relabel/keep-never-matches"],
                messages: ["Service apps/api (pods of Deployment api): __meta_kubernetes_service_label_owner is not set"]),
            LintCase(name: "keep regex matching no selected Service", yaml: Self.serviceMonitor("""
                relabelings:
                - {action: keep, sourceLabels: [__meta_kubernetes_service_name], regex: 'api-.*'}
                """), rules: ["relabel/keep-never-matches"], messages: ["__meta_kubernetes_service_name is \"api\""]),
            LintCase(name: "keep after a replace that fixes the value", yaml: Self.serviceMonitor("""
                relabelings:
                - {sourceLabels: [__meta_kubernetes_pod_label_tier], targetLabel: __tmp_tier, replacement: 'tier-$1'}
                - {action: keep, sourceLabels: [__tmp_tier], regex: 'backend'}
                """), rules: ["relabel/keep-never-matches"], messages: ["__tmp_tier is \"tier-backend\""]),
            LintCase(name: "metric drop of a metric an alert reads", yaml: Self.serviceMonitor("""
                metricRelabelings:
                - {action: drop, sourceLabels: [__name__], regex: 'node_load.*'}
                """) + Self.nodeRules, rules: ["relabel/drops-used-metric"],
                messages: ["drops a metric that rules read: node_load1 (read by alert HighLoad (group node, PrometheusRule apps/node))"]),
            LintCase(name: "metric drop of a metric read through __name__", yaml: Self.serviceMonitor("""
                metricRelabelings:
                - {action: drop, sourceLabels: [__name__], regex: 'http_requests_.*'}
                """) + Self.nodeRules, rules: ["relabel/drops-used-metric"], messages: ["http_requests_total (read by record instance:http_requests:rate5m"]),
            LintCase(name: "metric keep leaving out a metric this job's alert reads", yaml: Self.serviceMonitor("""
                metricRelabelings:
                - {action: keep, sourceLabels: [__name__], regex: 'http_.*'}
                """) + Self.nodeRules, rules: ["relabel/drops-used-metric"], messages: ["does not keep a metric that rules read: node_load1"]),
        ]
        for c in cases { c.check(RelabelCheck()) }
    }

    func testPodMonitorsAndProbes() {
        let workload = """
            apiVersion: apps/v1
            kind: DaemonSet
            metadata: {name: agent, namespace: infra}
            spec:
              template:
                metadata: {labels: {app: agent}, annotations: {scrape: 'true'}}
                spec: {containers: [{name: agent, image: agent}]}
            ---

            """
        let cases: [LintCase] = [
            LintCase(name: "PodMonitor keep on a pod label the pods lack", yaml: workload + """
                apiVersion: monitoring.coreos.com/v1
                kind: PodMonitor
                metadata: {name: agent, namespace: infra}
                spec:
                  selector: {matchLabels: {app: agent}}
                  podMetricsEndpoints:
                  - port: metrics
                    relabelings:
                    - {action: keep, sourceLabels: [__meta_kubernetes_pod_label_team], regex: '.+'}
                    - {action: keep, sourceLabels: [__meta_kubernetes_pod_annotation_scrape], regex: 'true'}
                """, rules: ["relabel/keep-never-matches"], messages: ["pods of DaemonSet infra/agent: __meta_kubernetes_pod_label_team is not set"]),
            LintCase(name: "PodMonitor keep on a controller-added label is not judged", yaml: workload + """
                apiVersion: monitoring.coreos.com/v1
                kind: PodMonitor
                metadata: {name: agent, namespace: infra}
                spec:
                  selector: {matchLabels: {app: agent}}
                  podMetricsEndpoints:
                  - port: metrics
                    relabelings:
                    - {action: keep, sourceLabels: [__meta_kubernetes_pod_label_controller_revision_hash], regex: '.+'}
                    - {action: keep, sourceLabels: [__meta_kubernetes_pod_annotation_other], regex: 'x'}
                """, rules: []),
            LintCase(name: "PodMonitor invalid regex in metricRelabelings", yaml: workload + """
                apiVersion: monitoring.coreos.com/v1
                kind: PodMonitor
                metadata: {name: agent, namespace: infra}
                spec:
                  selector: {matchLabels: {app: agent}}
                  podMetricsEndpoints:
                  - port: metrics
                    metricRelabelings:
                    - {action: drop, sourceLabels: [__name__], regex: '*go'}
                """, rules: ["relabel/invalid-regex"], messages: ["spec.podMetricsEndpoints[0].metricRelabelings[0]: invalid regex *go"]),
            LintCase(name: "static Probe keep on a Kubernetes meta label", yaml: """
                apiVersion: monitoring.coreos.com/v1
                kind: Probe
                metadata: {name: site, namespace: infra}
                spec:
                  jobName: site
                  prober: {url: 'blackbox:9115'}
                  targets:
                    staticConfig:
                      static: ['https://example.com']
                      relabelingConfigs:
                      - {action: keep, sourceLabels: [__meta_kubernetes_ingress_name], regex: 'site'}
                  metricRelabelings:
                  - {action: hashmod, sourceLabels: [instance], targetLabel: shard}
                """, rules: ["relabel/keep-never-matches", "relabel/missing-field"],
                messages: ["static target https://example.com: __meta_kubernetes_ingress_name is not set", "spec.metricRelabelings[0]: relabel configuration for hashmod"]),
            LintCase(name: "Probe drops the metric its alert reads", yaml: """
                apiVersion: monitoring.coreos.com/v1
                kind: Probe
                metadata: {name: site, namespace: infra}
                spec:
                  jobName: site
                  targets:
                    ingress:
                      selector: {matchLabels: {probe: 'true'}}
                      relabelingConfigs:
                      - {action: labelkeep, regex: '__.*|instance', replacement: 'x'}
                  metricRelabelings:
                  - {action: keep, sourceLabels: [__name__], regex: 'probe_http_.*'}
                ---
                apiVersion: monitoring.coreos.com/v1
                kind: PrometheusRule
                metadata: {name: site, namespace: infra}
                spec:
                  groups:
                  - name: site
                    rules:
                    - {alert: SiteDown, expr: 'probe_success{job="site"} == 0'}
                    - {alert: OtherDown, expr: 'probe_success{job="other"} == 0'}
                """, rules: ["relabel/drops-used-metric", "relabel/invalid-field"],
                messages: ["does not keep a metric that rules read: probe_success (read by alert SiteDown", "labelkeep action requires only 'regex'"]),
        ]
        for c in cases { c.check(RelabelCheck()) }
    }

    /// What the check cannot know it leaves alone: targets outside the stack, metrics read
    /// from other jobs, filters on labels only the cluster knows.
    func testUnknownsGiveNoFindings() {
        let cases: [LintCase] = [
            LintCase(name: "selector matching no Service of the stack", yaml: Self.serviceMonitor("""
                relabelings:
                - {action: keep, sourceLabels: [__meta_kubernetes_service_label_owner], regex: 'platform'}
                """, selector: "app: elsewhere"), rules: []),
            LintCase(name: "keep on a label set from an unknown one", yaml: Self.serviceMonitor("""
                relabelings:
                - {sourceLabels: [__meta_kubernetes_pod_node_name], targetLabel: __meta_kubernetes_service_label_owner}
                - {action: keep, sourceLabels: [__meta_kubernetes_service_label_owner], regex: 'node-1'}
                """), rules: []),
            LintCase(name: "drop of a metric another job's alert reads", yaml: Self.serviceMonitor("""
                metricRelabelings:
                - {action: drop, sourceLabels: [__name__], regex: 'go_goroutines'}
                - {action: drop, sourceLabels: [__name__, mode], regex: 'node_load1;idle'}
                - {action: drop, sourceLabels: [__name__], regex: 'up|scrape_.*|instance:http_requests:rate5m'}
                """) + Self.nodeRules, rules: []),
            LintCase(name: "malformed objects", yaml: """
                apiVersion: monitoring.coreos.com/v1
                kind: ServiceMonitor
                metadata: {name: x}
                spec: {endpoints: [3, {relabelings: {a: b}}, {metricRelabelings: [[1]]}], selector: 7}
                ---
                apiVersion: monitoring.coreos.com/v1
                kind: Probe
                metadata: {name: y}
                spec: {targets: {staticConfig: {static: [1, 'a'], relabelingConfigs: [{action: 5, regex: [1]}]}}}
                """, rules: ["relabel/invalid-action", "relabel/invalid-field", "relabel/invalid-field", "relabel/invalid-field"]),
        ]
        for c in cases { c.check(RelabelCheck()) }
    }
}
