import Foundation
import XCTest

/// `stackc diff --git REV STACK` against a throw-away repository made with `git init`: the
/// old side is compiled from the files at REV (relative imports and `-J` folders inside the
/// repository included), the new side from the working tree. Runs the built binary, found as
/// CLICaseTests finds it (`.build/debug/stackc` in the package).
final class DiffGitTests: XCTestCase {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    /// `.build/debug/stackc`, or, built with `--scratch-path`, the stackc next to the test bundle.
    static let binary: URL = {
        let dirs = [Bundle(for: DiffGitTests.self).bundleURL.deletingLastPathComponent(),
                    URL(fileURLWithPath: CommandLine.arguments.first ?? "").deletingLastPathComponent()]
        for d in dirs {
            let sibling = d.appendingPathComponent("stackc")
            if FileManager.default.fileExists(atPath: sibling.path) { return sibling }
        }
        return packageRoot.appendingPathComponent(".build/debug/stackc")
    }()

    private var repo: URL!
    private var tmp: URL!

    override func setUpWithError() throws {
        guard (try? run("/usr/bin/env", ["git", "--version"], in: FileManager.default.temporaryDirectory).status) == 0 else {
            throw XCTSkip("git is not installed")
        }
        XCTAssert(FileManager.default.fileExists(atPath: DiffGitTests.binary.path), "build stackc first")
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("stackc-diff-git-\(UUID().uuidString)")
        repo = base.appendingPathComponent("repo")
        tmp = base.appendingPathComponent("tmp")
        try FileManager.default.createDirectory(at: repo, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: tmp, withIntermediateDirectories: true)
        try git("init", "-q")
    }

    override func tearDownWithError() throws {
        if let repo { try? FileManager.default.removeItem(at: repo.deletingLastPathComponent()) }
    }

    private var environment: [String: String] {
        var env = ProcessInfo.processInfo.environment
        env.removeValue(forKey: "JSONNET_PATH")
        for k in ["GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE"] { env.removeValue(forKey: k) }
        env["GIT_CONFIG_GLOBAL"] = "/dev/null"
        env["GIT_CONFIG_NOSYSTEM"] = "1"
        env["GIT_AUTHOR_NAME"] = "t"
        env["GIT_AUTHOR_EMAIL"] = "t@example.com"
        env["GIT_COMMITTER_NAME"] = "t"
        env["GIT_COMMITTER_EMAIL"] = "t@example.com"
        // Temporary folders of stackc go here, so the test can see they are removed.
        env["TMPDIR"] = tmp.path
        return env
    }

    @discardableResult
    private func run(_ exe: String, _ args: [String], in dir: URL, env: [String: String]? = nil) throws -> (status: Int32, stdout: String, stderr: String) {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: exe)
        p.arguments = args
        p.currentDirectoryURL = dir
        if let env { p.environment = env }
        let out = Pipe(), err = Pipe()
        p.standardOutput = out
        p.standardError = err
        try p.run()
        let group = DispatchGroup()
        let errData = DataBox()
        group.enter()
        DispatchQueue.global().async {
            errData.data = err.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        p.waitUntilExit()
        return (p.terminationStatus, String(decoding: outData, as: UTF8.self), String(decoding: errData.data, as: UTF8.self))
    }

    private final class DataBox: @unchecked Sendable {
        var data = Data()
    }

    private func git(_ args: String...) throws {
        let r = try run("/usr/bin/env", ["git"] + args, in: repo, env: environment)
        XCTAssertEqual(r.status, 0, "git \(args): \(r.stderr)")
    }

    private func stackc(_ args: [String], in sub: String = "") throws -> (status: Int32, stdout: String, stderr: String) {
        try run(DiffGitTests.binary.path, args, in: sub.isEmpty ? repo : repo.appendingPathComponent(sub), env: environment)
    }

    private func write(_ path: String, _ content: String) throws {
        let url = repo.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(content.utf8).write(to: url)
    }

    private func commitStack(replicas: Int, owner: String) throws {
        try write("lib/app.libsonnet", """
            function(replicas) {
              apiVersion: 'apps/v1', kind: 'Deployment',
              metadata: { name: 'app', namespace: 'monitoring', labels: { owner: (import 'owner.libsonnet') } },
              spec: { replicas: replicas },
            }

            """)
        try write("vendor/owner.libsonnet", "'\(owner)'\n")
        try write("env/prod/main.jsonnet", "{ app: { deployment: (import '../../lib/app.libsonnet')(\(replicas)) } }\n")
        try git("add", "-A")
        try git("commit", "-q", "-m", "replicas \(replicas)")
    }

    func testComparesARevisionWithTheWorkingTree() throws {
        try commitStack(replicas: 2, owner: "ops")
        // Nothing changed since HEAD.
        var r = try stackc(["diff", "--git", "HEAD", "-J", "vendor", "env/prod/main.jsonnet"])
        XCTAssertEqual(r.stderr, "")
        XCTAssertEqual(r.stdout, "no changes (1 object)\n")
        XCTAssertEqual(r.status, 0)

        try commitStack(replicas: 3, owner: "sre")
        // Uncommitted: a new object in the working tree.
        try write("env/prod/main.jsonnet", """
            {
              app: { deployment: (import '../../lib/app.libsonnet')(3) },
              ns: { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'monitoring' } },
            }

            """)
        let expected = """
            ~ Deployment.apps monitoring/app
                metadata.labels.owner: "ops" → "sre"
                spec.replicas: 2 → 3
            + Namespace monitoring

            1 added, 0 removed, 1 changed, 0 unchanged

            """
        r = try stackc(["diff", "--git", "HEAD~1", "-J", "vendor", "env/prod/main.jsonnet"])
        XCTAssertEqual(r.stderr, "")
        XCTAssertEqual(r.stdout, expected)
        XCTAssertEqual(r.status, 1)

        // From a subfolder, with -J given relative to it.
        r = try stackc(["diff", "--git", "HEAD~1", "-J", "../../vendor", "main.jsonnet"], in: "env/prod")
        XCTAssertEqual(r.stderr, "")
        XCTAssertEqual(r.stdout, expected)
        XCTAssertEqual(r.status, 1)

        // With JSONNET_PATH instead of -J, and as JSON.
        var env = environment
        env["JSONNET_PATH"] = repo.appendingPathComponent("vendor").path
        let j = try run(DiffGitTests.binary.path, ["diff", "--format", "json", "--git", "HEAD~1", "env/prod/main.jsonnet"], in: repo, env: env)
        XCTAssertEqual(j.status, 1)
        XCTAssertTrue(j.stdout.contains("\"old\": \"ops\""), j.stdout + j.stderr)

        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: tmp.path), [], "temporary folders are removed")
    }

    func testErrors() throws {
        try commitStack(replicas: 2, owner: "ops")

        var r = try stackc(["diff", "--git", "no-such-rev", "-J", "vendor", "env/prod/main.jsonnet"])
        XCTAssertEqual(r.status, 2)
        XCTAssertEqual(r.stderr, "stackc diff: unknown revision no-such-rev\n")

        try write("env/dev/main.jsonnet", "{}\n")
        r = try stackc(["diff", "--git", "HEAD", "env/dev/main.jsonnet"])
        XCTAssertEqual(r.status, 2)
        XCTAssertEqual(r.stderr, "stackc diff: env/dev/main.jsonnet does not exist at HEAD\n")

        // An evaluation error at the revision names the file as REV:path.
        try write("lib/app.libsonnet", "function(replicas) error 'broken at ' + replicas\n")
        try git("commit", "-q", "-am", "broken")
        try commitStack(replicas: 2, owner: "ops")
        r = try stackc(["diff", "--git", "HEAD~1", "-J", "vendor", "env/prod/main.jsonnet"])
        XCTAssertEqual(r.status, 2)
        XCTAssertTrue(r.stderr.hasPrefix("RUNTIME ERROR: broken at 2\n\tHEAD~1:lib/app.libsonnet:1:20-"), r.stderr)
        XCTAssertFalse(r.stderr.contains(tmp.path), r.stderr)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: tmp.path), [])
    }
}
