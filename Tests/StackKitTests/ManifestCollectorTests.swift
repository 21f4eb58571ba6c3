import XCTest
import StackKit
import YAML

/// How a stack's value becomes named manifest files, and what is refused.
final class ManifestCollectorTests: XCTestCase {
    private func manifest(_ kind: String, _ name: String) -> YAMLEmitValue {
        .object(["apiVersion": .string("v1"), "kind": .string(kind), "metadata": .object(["name": .string(name)])])
    }

    func testFieldPathsNameTheFiles() throws {
        let stack: YAMLEmitValue = .object([
            "prometheus": .object(["service": manifest("Service", "p"), "serviceAccount": manifest("ServiceAccount", "p")]),
            "setup/0namespace-namespace": manifest("Namespace", "monitoring"),
            "off": .null,
            "list": .object(["apiVersion": .string("v1"), "kind": .string("List"), "items": .array([])]),
        ])
        let paths = try ManifestCollector.collect(stack).map(\.path)
        XCTAssertEqual(paths, ["list", "prometheus-service", "prometheus-serviceAccount", "setup/0namespace-namespace"])
    }

    func testRefusals() {
        let cases: [(YAMLEmitValue, String)] = [
            (.array([]), "the stack must evaluate to an object of manifests, got array"),
            (manifest("Service", "x"), "got a single manifest"),
            (.object(["a": .string("x")]), "expected a manifest (an object with apiVersion and kind) or an object of manifests at .a, got string"),
            (.object(["a-b": manifest("Service", "x"), "a": .object(["b": manifest("Service", "y")])]), "two manifests would be written to a-b.yaml"),
            (.object(["../x": manifest("Service", "x")]), "does not name a file inside the output directory"),
        ]
        for (value, expected) in cases {
            XCTAssertThrowsError(try ManifestCollector.collect(value)) { error in
                XCTAssertTrue("\(error)".contains(expected), "\(error) does not contain \(expected)")
            }
        }
    }

    func testSummaryCountsObjectsKindsAndRules() throws {
        let rule: YAMLEmitValue = .object([
            "apiVersion": .string("monitoring.coreos.com/v1"), "kind": .string("PrometheusRule"),
            "spec": .object(["groups": .array([.object(["name": .string("g"), "rules": .array([
                .object(["alert": .string("A"), "expr": .string("up == 0")]),
                .object(["record": .string("a:b:c"), "expr": .string("sum(up)")]),
                .object(["alert": .string("B"), "expr": .string("up == 0")]),
            ])])])]),
        ])
        let ms = try ManifestCollector.collect(.object(["r": rule, "s": manifest("Service", "x")]))
        let s = BuildSummary(ms)
        XCTAssertEqual(s.text, "2 objects (2 kinds), 2 alerts, 1 recording rules")
    }
}
