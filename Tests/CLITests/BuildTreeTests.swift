import Foundation
import XCTest

/// `stackc build` end to end: every example environment compiles to exactly its committed
/// golden tree, two builds give identical bytes, and a failing build leaves the previous tree.
final class BuildTreeTests: XCTestCase {
    static let repo = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let goldenTrees = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("trees")

    private var work: URL!

    override func setUpWithError() throws {
        work = FileManager.default.temporaryDirectory.appendingPathComponent("stackc-build-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: work)
    }

    @discardableResult
    private func build(_ args: [String]) throws -> (status: Int32, stderr: String) {
        let p = Process()
        p.executableURL = CLICaseTests.binary
        p.arguments = ["build"] + args
        p.currentDirectoryURL = BuildTreeTests.repo
        let err = Pipe()
        p.standardError = err
        p.standardOutput = FileHandle.nullDevice
        try p.run()
        let text = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        return (p.terminationStatus, text)
    }

    /// Relative path → contents of every file under `dir`.
    private func tree(_ dir: URL) throws -> [String: Data] {
        var out: [String: Data] = [:]
        let base = dir.resolvingSymlinksInPath().path
        guard let e = FileManager.default.enumerator(at: dir, includingPropertiesForKeys: [.isRegularFileKey]) else { return out }
        for case let url as URL in e where (try url.resourceValues(forKeys: [.isRegularFileKey])).isRegularFile == true {
            out[String(url.resolvingSymlinksInPath().path.dropFirst(base.count + 1))] = try Data(contentsOf: url)
        }
        return out
    }

    private func environments() throws -> [String] {
        let dir = BuildTreeTests.repo.appendingPathComponent("examples/environments")
        return try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted()
    }

    func testExamplesMatchTheirGoldenTrees() throws {
        let envs = try environments()
        XCTAssertFalse(envs.isEmpty)
        for env in envs {
            let out = work.appendingPathComponent(env)
            let r = try build(["examples/environments/\(env)/main.jsonnet", "-o", out.path])
            XCTAssertEqual(r.status, 0, r.stderr)
            let got = try tree(out)
            let want = try tree(BuildTreeTests.goldenTrees.appendingPathComponent(env))
            XCTAssertFalse(want.isEmpty, "no golden tree for \(env): run `make example-goldens`")
            XCTAssertEqual(Set(got.keys), Set(want.keys), "\(env): files differ")
            for (path, data) in want where got[path] != data {
                XCTFail("\(env)/\(path) differs from its golden")
            }
        }
    }

    func testTwoBuildsAreByteIdentical() throws {
        let a = work.appendingPathComponent("a"), b = work.appendingPathComponent("b")
        XCTAssertEqual(try build(["examples/environments/prod/main.jsonnet", "-o", a.path]).status, 0)
        XCTAssertEqual(try build(["examples/environments/prod/main.jsonnet", "-o", b.path]).status, 0)
        let ta = try tree(a), tb = try tree(b)
        XCTAssertFalse(ta.isEmpty)
        XCTAssertEqual(ta, tb)
    }

    func testFailedBuildLeavesThePreviousTree() throws {
        let out = work.appendingPathComponent("out")
        XCTAssertEqual(try build(["examples/environments/prod/main.jsonnet", "-o", out.path]).status, 0)
        let before = try tree(out)
        let broken = work.appendingPathComponent("broken.jsonnet")
        try Data("{ a: { apiVersion: 'v1', kind: 'ConfigMap' }, b: error 'midway' }".utf8).write(to: broken)
        let r = try build([broken.path, "-o", out.path])
        XCTAssertEqual(r.status, 1)
        XCTAssertTrue(r.stderr.contains("RUNTIME ERROR: midway"), r.stderr)
        XCTAssertEqual(try tree(out), before)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: work.path).sorted()
        XCTAssertEqual(leftovers, ["broken.jsonnet", "out"])
    }
}
