import Foundation
import XCTest
import StackKit

/// The output directory is replaced as a whole: stale files go, unchanged files are counted as
/// such, and a failed write leaves the previous tree as it was.
final class OutputTreeTests: XCTestCase {
    private var root: URL!

    override func setUpWithError() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("stackc-tree-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: root)
    }

    private func read(_ rel: String) -> String? {
        try? String(contentsOf: root.appendingPathComponent("out").appendingPathComponent(rel), encoding: .utf8)
    }

    func testRebuildRemovesStaleFilesAndCountsChanges() throws {
        let out = root.appendingPathComponent("out").path
        var r = try OutputTree.write([("a.yaml", "a: 1\n"), ("setup/b.yaml", "b: 1\n")], to: out)
        XCTAssertEqual(r, OutputTree.Report(changed: 2, removed: 0))
        r = try OutputTree.write([("a.yaml", "a: 1\n"), ("c.yaml", "c: 1\n")], to: out)
        XCTAssertEqual(r, OutputTree.Report(changed: 1, removed: 1))
        XCTAssertEqual(read("a.yaml"), "a: 1\n")
        XCTAssertEqual(read("c.yaml"), "c: 1\n")
        XCTAssertNil(read("setup/b.yaml"))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: root.path)
        XCTAssertEqual(leftovers, ["out"])
    }

    func testFailedWriteLeavesThePreviousTree() throws {
        let out = root.appendingPathComponent("out").path
        _ = try OutputTree.write([("a.yaml", "a: 1\n")], to: out)
        // A file and a directory of the same name cannot both be written: the build fails midway.
        XCTAssertThrowsError(try OutputTree.write([("x", "1\n"), ("x/y.yaml", "2\n")], to: out))
        XCTAssertEqual(read("a.yaml"), "a: 1\n")
        XCTAssertNil(read("x"))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: root.path)
        XCTAssertEqual(leftovers, ["out"])
    }
}
