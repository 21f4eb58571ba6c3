import Foundation
import XCTest

/// Runs the built `stackc` binary on every case in `cases/*.txt`. A case is one text archive:
///
///     args: eval -e 'std.extVar("x")' --ext-str x=1
///     env: NAME=value          (optional, repeatable)
///     exit: 0
///     -- file: lib/a.libsonnet (optional, repeatable: created in a fresh folder)
///     …content…
///     -- stdin                 (optional)
///     -- stdout
///     …expected stdout…
///     -- stderr
///     …expected stderr…
///
/// Arguments split on spaces; single quotes group (no escapes inside). Content sections end at
/// the next `-- ` header line; a section's final newline is part of the content.
/// `-- file-out: PATH` sections are files the command must have written, with that content.
final class CLICaseTests: XCTestCase {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    static let binary = root.deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent(".build/debug/stackc")

    struct Case {
        var args: [String] = []
        var env: [String: String] = [:]
        var exit: Int32 = 0
        var files: [(String, String)] = []
        var outFiles: [(String, String)] = []
        var stdin: String?
        var stdout = ""
        var stderr = ""
    }

    static func splitArgs(_ s: String) -> [String] {
        var out: [String] = []
        var cur = ""
        var inQuote = false
        var has = false
        for c in s {
            if c == "'" { inQuote.toggle(); has = true; continue }
            if c == " " && !inQuote {
                if has { out.append(cur) }
                cur = ""
                has = false
                continue
            }
            cur.append(c)
            has = true
        }
        if has { out.append(cur) }
        return out
    }

    static func parse(_ text: String) -> Case {
        var c = Case()
        var section: String?
        var content = ""
        func flush() {
            guard let s = section else { return }
            if s.hasPrefix("file: ") { c.files.append((String(s.dropFirst(6)), content)) }
            else if s.hasPrefix("file-out: ") { c.outFiles.append((String(s.dropFirst(10)), content)) }
            else if s == "stdin" { c.stdin = content }
            else if s == "stdout" { c.stdout = content }
            else if s == "stderr" { c.stderr = content }
        }
        for line in text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            if line.hasPrefix("-- ") {
                flush()
                section = String(line.dropFirst(3))
                content = ""
                continue
            }
            if section == nil {
                if line.hasPrefix("args: ") { c.args = splitArgs(String(line.dropFirst(6))) }
                else if line.hasPrefix("exit: ") { c.exit = Int32(line.dropFirst(6)) ?? -1 }
                else if line.hasPrefix("env: "), let eq = line.firstIndex(of: "=") {
                    c.env[String(line[line.index(line.startIndex, offsetBy: 5)..<eq])] = String(line[line.index(after: eq)...])
                }
                continue
            }
            content += line + "\n"
        }
        // The archive's own final newline is not part of the last section.
        if content.hasSuffix("\n") { content.removeLast() }
        flush()
        return c
    }

    func testEveryCLICase() throws {
        XCTAssert(FileManager.default.fileExists(atPath: CLICaseTests.binary.path), "build stackc first")
        let dir = CLICaseTests.root.appendingPathComponent("cases")
        let names = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasSuffix(".txt") }.sorted()
        XCTAssertFalse(names.isEmpty)
        for name in names {
            let c = CLICaseTests.parse(try String(contentsOf: dir.appendingPathComponent(name), encoding: .utf8))
            let work = FileManager.default.temporaryDirectory.appendingPathComponent("stackc-cli-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: work) }
            for (path, content) in c.files {
                let url = work.appendingPathComponent(path)
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(content.utf8).write(to: url)
            }
            let p = Process()
            p.executableURL = CLICaseTests.binary
            p.arguments = c.args
            p.currentDirectoryURL = work
            var env = ProcessInfo.processInfo.environment
            env.removeValue(forKey: "JSONNET_PATH")
            for (k, v) in c.env { env[k] = v }
            p.environment = env
            let out = Pipe(), err = Pipe(), inp = Pipe()
            p.standardOutput = out
            p.standardError = err
            p.standardInput = inp
            try p.run()
            if let s = c.stdin { inp.fileHandleForWriting.write(Data(s.utf8)) }
            try inp.fileHandleForWriting.close()
            let stdout = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            p.waitUntilExit()
            XCTAssertEqual(p.terminationStatus, c.exit, "\(name): exit status")
            XCTAssertEqual(stdout, c.stdout, "\(name): stdout")
            XCTAssertEqual(stderr, c.stderr, "\(name): stderr")
            for (path, content) in c.outFiles {
                let got = try? String(contentsOf: work.appendingPathComponent(path), encoding: .utf8)
                XCTAssertEqual(got, content, "\(name): file \(path)")
            }
        }
    }
}
