import Foundation
import XCTest
import StackKit
import YAML

/// Walks `fixtures/diff/<case>/`: each case holds an `old/` and a `new/` manifest directory
/// and the expected report in every format (`expected.txt`, `expected.json`, `expected.md`).
/// `STACKC_UPDATE_GOLDEN=1 swift test --filter DiffFixtureTests` rewrites the expectations.
final class DiffFixtureTests: XCTestCase {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("fixtures/diff")
    static let goldens: [(file: String, format: DiffFormat)] = [("expected.txt", .text), ("expected.json", .json), ("expected.md", .markdown)]

    func cases() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: DiffFixtureTests.root.path).filter { name in
            var isDir: ObjCBool = false
            return FileManager.default.fileExists(atPath: DiffFixtureTests.root.appendingPathComponent(name).path, isDirectory: &isDir)
                && isDir.boolValue
        }.sorted()
    }

    func report(_ name: String) throws -> (DiffReport, old: [KubeObject], new: [KubeObject]) {
        let dir = DiffFixtureTests.root.appendingPathComponent(name)
        let old = try ManifestDirectory.load(dir.appendingPathComponent("old").path)
        let new = try ManifestDirectory.load(dir.appendingPathComponent("new").path)
        return (DiffReport(old: old, new: new), old, new)
    }

    func testEveryFixture() throws {
        let update = ProcessInfo.processInfo.environment["STACKC_UPDATE_GOLDEN"] == "1"
        let names = try cases()
        XCTAssertGreaterThanOrEqual(names.count, 15)
        for name in names {
            let (report, _, _) = try report(name)
            for (file, format) in DiffFixtureTests.goldens {
                let got = format.render(report)
                let url = DiffFixtureTests.root.appendingPathComponent(name).appendingPathComponent(file)
                if update {
                    try Data(got.utf8).write(to: url)
                    continue
                }
                let want = try? String(contentsOf: url, encoding: .utf8)
                XCTAssertEqual(got, want, "\(name)/\(file) (STACKC_UPDATE_GOLDEN=1 rewrites it)")
            }
            // The text report says whether anything changed, as the exit status will.
            let nothing = ["nothing_changed", "renamed_file_only", "reordered_lists", "duplicate_object"].contains(name)
            XCTAssertEqual(report.hasChanges, !nothing, "\(name): hasChanges")
        }
    }

    /// The output is the same however the inputs are ordered.
    func testOrderOfInputsDoesNotMatter() throws {
        for name in try cases() where name != "duplicate_object" {
            let (report, old, new) = try report(name)
            let again = DiffReport(old: old.reversed(), new: new.reversed())
            for (_, format) in DiffFixtureTests.goldens {
                XCTAssertEqual(format.render(again), format.render(report), name)
            }
        }
    }

    /// No Secret value, as written or decoded, appears in any format.
    func testSecretValuesNeverPrinted() throws {
        var checked = 0
        for name in try cases() {
            let (report, old, new) = try report(name)
            var secrets: [String] = []
            for o in old + new where o.kind == "Secret" {
                for field in ["data", "stringData"] {
                    for (_, v) in o[field]?.objectValue ?? [:] {
                        guard let s = v.stringValue else { continue }
                        secrets.append(s)
                        if field == "data", let d = Data(base64Encoded: s) { secrets.append(String(decoding: d, as: UTF8.self)) }
                        // Every line of a multi-line value too.
                        secrets += s.split(separator: "\n").map(String.init).filter { $0.count > 8 }
                    }
                }
            }
            for (_, format) in DiffFixtureTests.goldens {
                let text = format.render(report)
                for s in secrets where !s.isEmpty {
                    XCTAssertFalse(text.contains(s), "\(name): \(format) output shows a secret value")
                    checked += 1
                }
            }
        }
        XCTAssertGreaterThan(checked, 0)
    }
}
