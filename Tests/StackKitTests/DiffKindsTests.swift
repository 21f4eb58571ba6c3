import XCTest
@testable import StackKit
import YAML

/// The comparisons of particular kinds (PrometheusRule, dashboards in ConfigMaps, Secrets) on
/// the inputs the fixtures do not show: malformed values, repeated names, untitled panels.
final class DiffKindsTests: XCTestCase {
    private func object(_ yaml: String, file: String = "x.yaml") throws -> KubeObject {
        let objects = ManifestDirectory.objects(YAMLEmitValue(try YAML.parse(yaml)), file: file)
        return try XCTUnwrap(objects.first)
    }

    private func text(_ old: String, _ new: String) throws -> String {
        DiffTextRenderer.render(DiffReport(old: [try object(old)], new: [try object(new)]))
    }

    private let rule = """
        apiVersion: monitoring.coreos.com/v1
        kind: PrometheusRule
        metadata: {name: r, namespace: monitoring}
        spec:
          groups: GROUPS
        """

    func testRuleGroupsThatAreNotNamedGroupsAreComparedAsValues() throws {
        let old = rule.replacingOccurrences(of: "GROUPS", with: "[{rules: [{alert: A, expr: up}]}]")
        let new = rule.replacingOccurrences(of: "GROUPS", with: "[{rules: [{alert: A, expr: down}]}]")
        XCTAssertEqual(try text(old, new), """
            ~ PrometheusRule.monitoring.coreos.com monitoring/r
                spec.groups[0].rules[0].expr: "up" → "down"

            0 added, 0 removed, 1 changed, 0 unchanged

            """)
        let notList = rule.replacingOccurrences(of: "GROUPS", with: "oops")
        XCTAssertEqual(try text(notList, old), """
            ~ PrometheusRule.monitoring.coreos.com monitoring/r
                spec.groups: "oops" → [{"rules":[{"alert":"A","expr":"up"}]}]

            0 added, 0 removed, 1 changed, 0 unchanged

            """)
    }

    func testGroupAndRuleOrderIsNotAChange() throws {
        let old = rule.replacingOccurrences(of: "GROUPS", with: "[{name: a, rules: [{alert: A, expr: up}, {record: r, expr: x}]}, {name: b}]")
        let new = rule.replacingOccurrences(of: "GROUPS", with: "[{name: b}, {name: a, rules: [{record: r, expr: x}, {alert: A, expr: up}]}]")
        XCTAssertEqual(try text(old, new), "no changes (1 object)\n")
    }

    func testRepeatedRulesWithTheSameLabelsAreNumbered() throws {
        let old = rule.replacingOccurrences(of: "GROUPS", with: "[{name: a, rules: [{alert: A, expr: '1'}, {alert: A, expr: '2'}]}]")
        let new = rule.replacingOccurrences(of: "GROUPS", with: "[{name: a, rules: [{alert: A, expr: '1'}, {alert: A, expr: '3'}, {alert: A, expr: '4'}]}]")
        XCTAssertEqual(try text(old, new), """
            ~ PrometheusRule.monitoring.coreos.com monitoring/r
                ~ group a
                    ~ alert A #2: expr "2" → "3"
                    + alert A #3

            0 added, 0 removed, 1 changed, 0 unchanged

            """)
    }

    private func dashboardMap(_ json: String) -> String {
        """
        apiVersion: v1
        kind: ConfigMap
        metadata: {name: d}
        data:
          d.json: '\(json)'
        """
    }

    func testPanelsWithoutTitlesOrWithRepeatedTitlesAndRows() throws {
        let old = dashboardMap(#"{"panels": [{"id": 7, "type": "graph"}, {"title": "x", "id": 1}, {"title": "x", "id": 2}, {"type": "row", "title": "Disks", "panels": [{"title": "IO", "id": 3}]}]}"#)
        let new = dashboardMap(#"{"panels": [{"id": 7, "type": "stat"}, {"title": "x", "id": 1}, {"title": "x", "id": 4}, {"type": "row", "title": "Disks", "panels": [{"title": "IO", "id": 5}]}, {"type": "text"}]}"#)
        XCTAssertEqual(try text(old, new), """
            ~ ConfigMap d
                ~ data["d.json"]
                    ~ panel "IO": id 3 → 5
                    ~ panel "x" (2): id 2 → 4
                    ~ panel #7: type "graph" → "stat"
                    + panel [5]

            0 added, 0 removed, 1 changed, 0 unchanged

            """)
    }

    func testValuesThatAreNotDashboardsOnBothSidesAreText() throws {
        let old = dashboardMap(#"{"panels": []}"#)
        let new = dashboardMap(#"{"panels": "no"}"#)
        XCTAssertEqual(try text(old, new), """
            ~ ConfigMap d
                ~ data["d.json"]: "{\\"panels\\": []}" → "{\\"panels\\": \\"no\\"}"

            0 added, 0 removed, 1 changed, 0 unchanged

            """)
    }

    func testConfigMapDataThatIsNotAnObjectIsAValue() throws {
        let old = "{apiVersion: v1, kind: ConfigMap, metadata: {name: c}, data: [a]}"
        let new = "{apiVersion: v1, kind: ConfigMap, metadata: {name: c}, data: {a: b}}"
        XCTAssertEqual(try text(old, new), """
            ~ ConfigMap c
                data: ["a"] → {"a":"b"}

            0 added, 0 removed, 1 changed, 0 unchanged

            """)
    }

    func testSecretContentIsNeverShownWhateverItsShape() throws {
        let old = "{apiVersion: v1, kind: Secret, metadata: {name: s}, data: [topsecret], stringData: {k: {nested: hidden}}}"
        let new = "{apiVersion: v1, kind: Secret, metadata: {name: s}, data: {k2: 'not base64!'}, stringData: {k: {nested: other}}}"
        let report = DiffReport(old: [try object(old)], new: [try object(new)])
        for format in DiffFormat.allCases {
            let out = format.render(report)
            for secret in ["topsecret", "hidden", "other", "not base64"] { XCTAssertFalse(out.contains(secret), "\(format): \(secret)") }
        }
        XCTAssertEqual(DiffTextRenderer.render(report), """
            ~ Secret s
                - data
                + data.k2
                ~ stringData.k (content changed)

            0 added, 0 removed, 1 changed, 0 unchanged

            """)
    }

    func testSecretLastAppliedAnnotationIsRedacted() throws {
        let old = "{apiVersion: v1, kind: Secret, metadata: {name: s, annotations: {a: '1', kubectl.kubernetes.io/last-applied-configuration: '{\"data\": {\"k\": \"c2VjcmV0\"}}'}}}"
        let new = "{apiVersion: v1, kind: Secret, metadata: {name: s, annotations: {a: '2', kubectl.kubernetes.io/last-applied-configuration: '{\"data\": {\"k\": \"b3RoZXI=\"}}'}}}"
        XCTAssertEqual(try text(old, new), """
            ~ Secret s
                metadata.annotations.a: "1" → "2"
                ~ metadata.annotations["kubectl.kubernetes.io/last-applied-configuration"] (content changed)

            0 added, 0 removed, 1 changed, 0 unchanged

            """)
    }

    func testSecretDataAndStringDataWithTheSameContentAreEqual() throws {
        let old = "{apiVersion: v1, kind: Secret, metadata: {name: s}, data: {password: aHVudGVyMg==}}"
        let new = "{apiVersion: v1, kind: Secret, metadata: {name: s}, stringData: {password: hunter2}}"
        XCTAssertEqual(try text(old, new), "no changes (1 object)\n")
    }

    func testObjectsAreMatchedByGroupNotVersion() throws {
        let old = "{apiVersion: policy/v1beta1, kind: PodDisruptionBudget, metadata: {name: p, namespace: m}}"
        let new = "{apiVersion: policy/v1, kind: PodDisruptionBudget, metadata: {name: p, namespace: m}}"
        XCTAssertEqual(try text(old, new), """
            ~ PodDisruptionBudget.policy m/p
                apiVersion: "policy/v1beta1" → "policy/v1"

            0 added, 0 removed, 1 changed, 0 unchanged

            """)
    }
}
