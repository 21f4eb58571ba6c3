import Foundation
import XCTest
import StackKit

/// The relabel and rule checks as `stackc lint` runs them: registered once each, and quiet on
/// the bundled prod example (its committed build output, Tests/CLITests/trees/prod).
final class LintProdStackTests: XCTestCase {
    func testChecksAreRegisteredWithUniqueRuleIds() {
        let ids = Linter.rules.map(\.id)
        XCTAssertEqual(ids.count, Set(ids).count, "duplicate rule ids: \(ids)")
        for id in ["relabel/invalid-action", "relabel/invalid-regex", "relabel/missing-field", "relabel/labelmap-invalid-name",
                   "relabel/keep-never-matches", "relabel/drops-used-metric", "rules/promql-error", "rules/duplicate-name",
                   "rules/duplicate-group", "rules/record-naming", "rules/missing-severity", "rules/missing-annotation",
                   "rules/for-too-short", "rules/rate-window-too-short", "rules/invalid-template", "rules/unrouted-alert"] {
            XCTAssertTrue(ids.contains(id), "\(id) is not registered")
        }
    }

    func testProdExampleGivesNoFindings() throws {
        let dir = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("CLITests/trees/prod").path
        let objects = try ManifestDirectory.load(dir)
        XCTAssertGreaterThan(objects.count, 50)
        let findings = Linter.run(LintContext(objects: objects))
        XCTAssertEqual(findings.map { "\($0.severity) \($0.rule) \($0.object): \($0.message)" }, [])
    }
}
