import Foundation
import XCTest
@testable import Jsonnet

/// Walks `cases/`: each `NAME.jsonnet` is evaluated (path relative to the folder, as the
/// goldens were produced) and its output or error text must equal `NAME.golden`, which holds
/// go-jsonnet 0.22's output (`scripts/gen-goldens.py`).
final class GoldenTests: XCTestCase {
    static let casesDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("cases")

    func testEveryCaseMatchesItsGolden() throws {
        let dir = GoldenTests.casesDirectory
        let files = try FileManager.default.contentsOfDirectory(atPath: dir.path)
            .filter { $0.hasSuffix(".jsonnet") }
            .sorted()
        XCTAssertGreaterThan(files.count, 300)
        var failures: [String] = []
        for name in files {
            let golden = try String(contentsOf: dir.appendingPathComponent(String(name.dropLast(8)) + ".golden"), encoding: .utf8)
            var settings = EvaluationSettings()
            settings.importResolver = ImportResolver(workingDirectory: dir.path)
            settings.traceOutput = { _ in }
            let got: String
            do {
                got = try Jsonnet(settings: settings).evaluate(.file(name)) + "\n"
            } catch {
                got = error.rendered
            }
            if got != golden {
                failures.append("\(name):\n--- expected\n\(golden)\n--- got\n\(got)")
            }
        }
        XCTAssert(failures.isEmpty, "\(failures.count) of \(files.count) cases differ:\n" + failures.joined(separator: "\n"))
    }
}
