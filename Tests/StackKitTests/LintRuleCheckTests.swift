import Foundation
import XCTest
import StackKit
import YAML

/// PrometheusRule checks: one planted mistake per rule id, and a clean stack with none.
final class LintRuleCheckTests: XCTestCase {
    /// A Prometheus loading PrometheusRules labelled role=alert-rules from every namespace,
    /// with the given spec lines added.
    static func prometheus(_ extra: String = "") -> String {
        """
        apiVersion: monitoring.coreos.com/v1
        kind: Prometheus
        metadata: {name: k8s, namespace: monitoring}
        spec:
          ruleSelector: {matchLabels: {role: alert-rules}}
          ruleNamespaceSelector: {}
        \(extra.isEmpty ? "" : "  " + extra)
        ---

        """
    }

    /// A PrometheusRule `name` with one group `g` holding `rules` (YAML list items).
    static func rule(_ rules: String, name: String = "r", namespace: String = "monitoring", group: String = "g") -> String {
        """
        apiVersion: monitoring.coreos.com/v1
        kind: PrometheusRule
        metadata: {name: \(name), namespace: \(namespace), labels: {role: alert-rules}}
        spec:
          groups:
          - name: \(group)
            rules:
        \(rules.split(separator: "\n", omittingEmptySubsequences: false).map { "    " + $0 }.joined(separator: "\n"))

        """
    }

    /// A complete alert: severity and the three annotations, `for` 5m.
    static func alert(_ name: String, _ expr: String, labels: String = "severity: warning", extra: String = "for: 5m") -> String {
        """
        - alert: \(name)
          expr: \(expr)
          \(extra)
          labels: {\(labels)}
          annotations: {summary: s, description: d, runbook_url: 'https://runbooks.example.com/\(name)'}
        """
    }

    static let alertmanager = """
        ---
        apiVersion: monitoring.coreos.com/v1
        kind: Alertmanager
        metadata: {name: main, namespace: monitoring}
        spec: {replicas: 1}
        ---
        apiVersion: v1
        kind: Secret
        metadata: {name: alertmanager-main, namespace: monitoring}
        stringData:
          alertmanager.yaml: |
            route:
              receiver: 'null'
              routes:
              - {receiver: 'null', matchers: ['alertname = Watchdog']}
              - {receiver: pager, matchers: ['severity="critical"']}
              - {receiver: chat, match_re: {severity: 'warning|info'}, continue: true}
              - {receiver: team, matchers: ['{team=~"db|web", severity!="info"}']}
            receivers:
            - name: 'null'
            - name: pager
              pagerduty_configs: [{routing_key: x}]
            - name: chat
              slack_configs: [{api_url: 'https://hooks.example.com/x'}]
            - name: team
              email_configs: [{to: team@example.com}]
        """

    func testCleanRulesGiveNoFindings() {
        let rules = [
            Self.alert("HighErrorRate", "sum by (job) (rate(http_requests_total{code=~\"5..\"}[2m])) / sum by (job) (rate(http_requests_total[2m])) > 0.05"),
            Self.alert("InstanceDown", "up == 0", labels: "severity: critical", extra: "for: 1m"),
            Self.alert("AtOnce", "up == 0", labels: "severity: critical", extra: "for: 0"),
            Self.alert("Watchdog", "vector(1)", labels: "severity: none", extra: "for: 0s"),
            Self.alert("DiskFull", "irate(node_disk_io_time_seconds_total[1m]) > 0.9", labels: "severity: '{{ if true }}critical{{ end }}', team: db"),
            Self.alert("HighErrorRate", "job:http_errors:ratio_rate5m > 0.1", labels: "severity: critical"),
            "- record: job:http_errors:ratio_rate5m\n  expr: sum by (job) (rate(http_requests_total{code=~\"5..\"}[5m]))",
            "- record: :http_requests:sum\n  expr: sum(rate(http_requests_total[5m]))",
            "- record: job:http_requests:rate1m\n  expr: sum by (job) (rate(http_requests_total[1m]))\n  labels: {window: 1m}",
            "- record: job:http_requests:rate1m\n  expr: sum by (job) (rate(http_requests_total[2m]))\n  labels: {window: 2m}",
            Self.alert("Jumpy", "rate(job:http_requests:rate1m[2m]) > 1"),
        ].joined(separator: "\n")
        let yaml = Self.prometheus("scrapeInterval: 15s") + Self.rule(rules)
            + "---\n" + Self.rule(Self.alert("Other", "up == 0"), name: "other", group: "g2") + Self.alertmanager
        LintCase(name: "clean", yaml: yaml, rules: []).check(RuleCheck(), context: { objects in
            LintContext(objects: objects, templateError: { text, _ in text.contains("{{ bad") ? "template: x:1: bad" : nil })
        })
    }

    func testPlantedMistakes() {
        let p = Self.prometheus()
        let cases: [LintCase] = [
            LintCase(name: "expression that does not parse", yaml: p + Self.rule(Self.alert("Broken", "sum(rate(up[5m])")),
                     rules: ["rules/promql-error"],
                     messages: ["group \"g\", rule 1, \"Broken\": could not parse expression: 1:17: parse error: unclosed left parenthesis"]),
            LintCase(name: "expression that does not type-check", yaml: p + Self.rule(Self.alert("Typed", "rate(up) > 0")),
                     rules: ["rules/promql-error"],
                     messages: ["could not parse expression: 1:6: parse error: expected type range vector in call to function \"rate\", got instant vector"]),
            LintCase(name: "alert and record at once", yaml: p + Self.rule("- {alert: A, record: 'a:b:c', expr: up}"),
                     rules: ["rules/invalid-rule", "rules/missing-annotation", "rules/missing-severity"],
                     messages: ["only one of 'record' and 'alert' must be set"]),
            LintCase(name: "recording rule with for and a bad name", yaml: p + Self.rule("- {record: '1:a:b', expr: up, for: 5m}"),
                     rules: ["rules/invalid-rule", "rules/invalid-rule"],
                     messages: ["invalid field 'for' in recording rule", "invalid recording rule name: 1:a:b"]),
            LintCase(name: "no expr", yaml: p + Self.rule("- {record: 'a:b:c'}"),
                     rules: ["rules/invalid-rule"], messages: ["group \"g\", rule 1, \"a:b:c\": field 'expr' must be set in rule"]),
            LintCase(name: "same alert twice with the same labels", yaml: p + Self.rule(Self.alert("Down", "up == 0") + "\n" + Self.alert("Down", "up < 1")),
                     rules: ["rules/duplicate-name"], messages: ["alert \"Down\" (group \"g\", rule 2) repeats rule 1"]),
            LintCase(name: "same record twice", yaml: p + Self.rule("- {record: 'job:up:sum', expr: sum by (job) (up)}\n- {record: 'job:up:sum', expr: sum by (job) (up)}"),
                     rules: ["rules/duplicate-name"], messages: ["record \"job:up:sum\" (group \"g\", rule 2) repeats rule 1"]),
            LintCase(name: "same group twice in one PrometheusRule", yaml: p + """
                apiVersion: monitoring.coreos.com/v1
                kind: PrometheusRule
                metadata: {name: r, namespace: monitoring, labels: {role: alert-rules}}
                spec:
                  groups:
                  - {name: g, rules: []}
                  - {name: g, rules: []}
                """, rules: ["rules/duplicate-group"], messages: ["groupname: \"g\" is repeated in the same file (spec.groups[0] and spec.groups[1])"]),
            LintCase(name: "same group in two PrometheusRules one Prometheus loads",
                     yaml: p + Self.rule(Self.alert("A", "up == 0"), name: "a") + "---\n" + Self.rule(Self.alert("B", "up == 0"), name: "b"),
                     rules: ["rules/duplicate-group"], messages: ["group \"g\" is also defined in PrometheusRule monitoring/a; Prometheus monitoring/k8s loads both"]),
            LintCase(name: "record not level:metric:operations", yaml: p + Self.rule("- {record: http_requests_rate5m, expr: 'sum(rate(http_requests_total[5m]))'}"),
                     rules: ["rules/record-naming"], messages: ["record \"http_requests_rate5m\" (group \"g\", rule 1): the name has no colon"]),
            LintCase(name: "alert without severity", yaml: p + Self.rule(Self.alert("NoSeverity", "up == 0", labels: "team: web")),
                     rules: ["rules/missing-severity"], messages: ["alert \"NoSeverity\" (group \"g\", rule 1) has no severity label"]),
            LintCase(name: "alert without annotations", yaml: p + Self.rule("- {alert: Bare, expr: up == 0, for: 5m, labels: {severity: warning}, annotations: {summary: s}}"),
                     rules: ["rules/missing-annotation"], messages: ["alert \"Bare\" (group \"g\", rule 1) has no description, runbook_url annotations"]),
            LintCase(name: "for shorter than two scrapes", yaml: Self.prometheus("scrapeInterval: 1m") + Self.rule(Self.alert("Flappy", "up == 0", extra: "for: 90s")),
                     rules: ["rules/for-too-short"], messages: ["for 1m30s is shorter than twice the scrape interval 1m"]),
            LintCase(name: "for shorter than two default scrapes", yaml: Self.rule(Self.alert("Flappy", "up == 0", extra: "for: 30s")),
                     rules: ["rules/for-too-short"], messages: ["for 30s is shorter than twice the scrape interval 30s"]),
            LintCase(name: "rate window of one scrape", yaml: p + Self.rule(Self.alert("Rate", "rate(http_requests_total[1m]) > 1 or irate(x[30s]) > 1")),
                     rules: ["rules/rate-window-too-short", "rules/rate-window-too-short"],
                     messages: ["irate(x[30s]) uses a 30s range, shorter than 2x the scrape interval 30s", "rate(http_requests_total[1m]) uses a 1m range, shorter than 4x the scrape interval 30s"]),
            LintCase(name: "rate over a recorded series evaluated every 2m", yaml: p + Self.rule(
                        "- {record: 'job:x:sum', expr: sum by (job) (x)}\n" + Self.alert("R", "deriv(job:x:sum[5m]) > 0")).replacingOccurrences(of: "- name: g\n", with: "- name: g\n    interval: 2m\n"),
                     rules: ["rules/rate-window-too-short"], messages: ["shorter than 4x the evaluation interval of the rule recording it 2m"]),
            LintCase(name: "template that does not parse", yaml: p + Self.rule(Self.alert("T", "up == 0", labels: "severity: warning, instance: '{{ bad'")),
                     rules: ["rules/invalid-template"], messages: ["group \"g\", rule 1, \"T\": label \"instance\": template: x:1: bad"]),
            LintCase(name: "alert only the null catch-all receives", yaml: p + Self.rule(Self.alert("Lost", "up == 0", labels: "severity: page, team: ops")) + Self.alertmanager,
                     rules: ["rules/unrouted-alert"],
                     messages: ["alert \"Lost\" (group \"g\", rule 1) matches no route of Secret monitoring/alertmanager-main but the catch-all, whose receiver \"null\" has no notification configs"]),
            LintCase(name: "alert only the null catch-all receives, base64 config", yaml: p + Self.rule(Self.alert("Lost", "up == 0", labels: "severity: page")) + """

                ---
                apiVersion: v1
                kind: Secret
                metadata: {name: alertmanager-main, namespace: monitoring}
                data:
                  alertmanager.yaml: \(Data("route: {receiver: blackhole, routes: [{receiver: x, match: {severity: critical}}]}\nreceivers: [{name: blackhole}, {name: x, webhook_configs: [{url: 'http://x'}]}]\n".utf8).base64EncodedString())
                """, rules: ["rules/unrouted-alert"], messages: ["whose receiver \"blackhole\" has no notification configs"]),
        ]
        for c in cases {
            c.check(RuleCheck(), context: { objects in
                LintContext(objects: objects, templateError: { text, _ in text.contains("{{ bad") ? "template: x:1: bad" : nil })
            })
        }
    }

    /// Routing that depends on labels only the series carry is not judged; a Watchdog sent to
    /// the null receiver on purpose is fine.
    func testRoutingUnknownsAndDeliberateNullRoutes() {
        let cases: [LintCase] = [
            LintCase(name: "severity from the series", yaml: Self.rule(Self.alert("FromSeries", "up == 0", labels: "team: web")) + Self.alertmanager,
                     rules: ["rules/missing-severity"]),
            LintCase(name: "templated severity", yaml: Self.rule(Self.alert("Templated", "up == 0", labels: "severity: '{{ $labels.severity }}'")) + Self.alertmanager,
                     rules: []),
            LintCase(name: "Watchdog routed to null on purpose", yaml: Self.rule(Self.alert("Watchdog", "vector(1)", labels: "severity: page")) + Self.alertmanager,
                     rules: []),
            LintCase(name: "info to chat, with continue", yaml: Self.rule(Self.alert("Info", "vector(1)", labels: "severity: info")) + Self.alertmanager,
                     rules: []),
            LintCase(name: "no Alertmanager config", yaml: Self.rule(Self.alert("Lost", "up == 0", labels: "severity: page")), rules: []),
            LintCase(name: "malformed groups and rules", yaml: """
                apiVersion: monitoring.coreos.com/v1
                kind: PrometheusRule
                metadata: {name: bad}
                spec: {groups: [7, {name: x, rules: [3, {alert: A, expr: 5, labels: [1]}]}, {rules: 'no'}]}
                """, rules: ["rules/invalid-rule", "rules/invalid-rule", "rules/invalid-rule", "rules/missing-annotation", "rules/missing-severity"]),
        ]
        for c in cases { c.check(RuleCheck()) }
    }
}
