import Foundation
import XCTest
import Jsonnet

/// Walks `cases/`: each `NAME.jsonnet` uses the bundled monitoring library (`stdlib/`, imported
/// as `stackc/…`) and its output, or its error text for `err_*` cases, must equal
/// `NAME.golden` (checked against go-jsonnet when written). Library paths in traces are
/// written `<stdlib>/stackc/…` in the goldens.
final class StdlibGoldenTests: XCTestCase {
    static let here = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    static let casesDirectory = here.appendingPathComponent("cases")
    static let stdlib = here.deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("stdlib")

    func testEveryCaseMatchesItsGolden() throws {
        let dir = StdlibGoldenTests.casesDirectory
        let files = try FileManager.default.contentsOfDirectory(atPath: dir.path)
            .filter { $0.hasSuffix(".jsonnet") }
            .sorted()
        var failures: [String] = []
        for name in files {
            let golden = try String(contentsOf: dir.appendingPathComponent(String(name.dropLast(8)) + ".golden"), encoding: .utf8)
            var settings = EvaluationSettings()
            settings.importResolver = ImportResolver(libraryPaths: [StdlibGoldenTests.stdlib.path], workingDirectory: dir.path)
            settings.traceOutput = { _ in }
            let got: String
            do {
                got = try Jsonnet(settings: settings).evaluate(.file(name)) + "\n"
            } catch {
                got = error.rendered
            }
            // Traces name library files by their absolute path: golden files say `<stdlib>/`.
            let normalised = got.replacingOccurrences(of: StdlibGoldenTests.stdlib.path + "/", with: "<stdlib>/")
            if trimmed(normalised) != trimmed(golden) {
                failures.append("\(name):\n--- expected\n\(golden)\n--- got\n\(got)")
            }
        }
        XCTAssert(failures.isEmpty, "\(failures.count) of \(files.count) cases differ:\n" + failures.joined(separator: "\n"))
    }

    private func trimmed(_ s: String) -> Substring {
        var t = Substring(s)
        while t.hasSuffix("\n") { t = t.dropLast() }
        return t
    }
}
