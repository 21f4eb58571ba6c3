import XCTest
import RuleTesting

/// Reading promtool's test-file format unchanged.
final class TestFileTests: XCTestCase {
    func testReadsEveryField() throws {
        let f = try TestFile.parse("""
            rule_files:
              - rules.yml
            evaluation_interval: 30s
            group_eval_order: [b, a]
            tests:
              - interval: 1m
                name: node down
                input_series:
                  - series: 'up{job="node", instance="a"}'
                    values: '1 0x5'
                alert_rule_test:
                  - eval_time: 5m
                    alertname: InstanceDown
                    exp_alerts:
                      - exp_labels: {severity: critical, instance: a, job: node}
                        exp_annotations:
                          summary: "Instance a down"
                promql_expr_test:
                  - expr: sum(up)
                    eval_time: 1m
                    exp_samples:
                      - labels: '{}'
                        value: 0
                external_labels: {cluster: prod}
                external_url: http://example.com
            """)
        XCTAssertEqual(f.ruleFiles, ["rules.yml"])
        XCTAssertEqual(f.evaluationInterval, 30_000)
        XCTAssertEqual(f.groupEvalOrder, ["b", "a"])
        XCTAssertEqual(f.tests.count, 1)
        let g = f.tests[0]
        XCTAssertEqual(g.name, "node down")
        XCTAssertEqual(g.interval, 60_000)
        XCTAssertEqual(g.inputSeries.map(\.series), [#"up{job="node", instance="a"}"#])
        XCTAssertEqual(g.inputSeries.map(\.values), ["1 0x5"])
        XCTAssertEqual(g.alertRuleTests, [TestFile.AlertRuleTest(evalTime: 300_000, alertname: "InstanceDown", expAlerts: [
            TestFile.ExpectedAlert(labels: ["severity": "critical", "instance": "a", "job": "node"], annotations: ["summary": "Instance a down"]),
        ])])
        XCTAssertEqual(g.promqlExprTests.first?.expr, "sum(up)")
        XCTAssertEqual(g.promqlExprTests.first?.evalTime, 60_000)
        XCTAssertEqual(g.promqlExprTests.first?.expSamples.first?.labels, "{}")
        XCTAssertEqual(g.promqlExprTests.first?.expSamples.first?.value, 0)
        XCTAssertEqual(g.externalLabels, ["cluster": "prod"])
        XCTAssertEqual(g.externalURL, "http://example.com")
    }

    func testDefaultsAndErrors() throws {
        let f = try TestFile.parse("tests: []\n")
        XCTAssertEqual(f.evaluationInterval, 60_000)
        XCTAssertThrowsError(try TestFile.parse("evaluation_interval: soon\n")) { e in
            XCTAssertEqual("\(e)", #"not a valid duration string: "soon""#)
        }
        XCTAssertThrowsError(try TestFile.parse("tests:\n  - input_series: 3\n")) { e in
            XCTAssertEqual("\(e)", "yaml: unmarshal errors:\n  line 2: cannot unmarshal !!int `3` into []main.series")
        }
    }
}
