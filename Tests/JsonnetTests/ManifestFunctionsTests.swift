import Foundation
import XCTest
@testable import Jsonnet

/// std manifesters against go-jsonnet 0.22: checks that golden files cannot hold. The errors
/// here are go-jsonnet running out of interpreter frames inside its Jsonnet implementations
/// (`manifestPython`, `manifestXmlJsonml`): stackc reaches the same decision by charging the
/// same frame counts, but does not rebuild that deep trace, so only the message is compared.
/// Expectations were produced with go-jsonnet (the `_gojsonnet` Python module).
final class ManifestFunctionsTests: XCTestCase {
    private func evaluate(_ code: String) throws(JsonnetError) -> String {
        try Jsonnet().evaluate(.snippet(code: code, filename: "x.jsonnet"))
    }

    /// Snippet and the first line of go-jsonnet's error.
    static let errors: [(String, String)] = [
        ("std.manifestPython(std.foldl(function(acc, _) [acc], std.range(1, 24), []))", "RUNTIME ERROR: max stack frames exceeded."),
        ("std.manifestPython(std.foldl(function(acc, _) { a: acc }, std.range(1, 13), {}))", "RUNTIME ERROR: max stack frames exceeded."),
        ("std.manifestPython([std.foldl(function(acc, _) { a: [acc] }, std.range(1, 8), 'x')])", "RUNTIME ERROR: max stack frames exceeded."),
        ("std.manifestPythonVars({ a: std.foldl(function(acc, _) { a: acc }, std.range(1, 12), {}) })", "RUNTIME ERROR: max stack frames exceeded."),
        ("std.manifestXmlJsonml(std.foldl(function(acc, _) ['a', acc], std.range(1, 44), ['a']))", "RUNTIME ERROR: max stack frames exceeded."),
        ("std.manifestXmlJsonml(std.foldl(function(acc, _) ['a', { x: 1 }, acc], std.range(1, 43), ['a']))", "RUNTIME ERROR: max stack frames exceeded."),
    ]

    func testErrorMessages() {
        for (code, expected) in ManifestFunctionsTests.errors {
            do {
                let out = try evaluate(code)
                XCTFail("\(code): expected an error, got \(out)")
            } catch {
                let first = error.rendered.split(separator: "\n", omittingEmptySubsequences: false).first.map(String.init) ?? ""
                XCTAssertEqual(first, expected, code)
            }
        }
    }

    /// Just inside the frame budget of the emulated Jsonnet implementations.
    func testDeepValuesWithinTheFrameBudget() throws {
        XCTAssertEqual(try evaluate("std.length(std.manifestPython(std.foldl(function(acc, _) [acc], std.range(1, 23), [])))"), "48")
        XCTAssertEqual(try evaluate("std.length(std.manifestPython(std.foldl(function(acc, _) { a: acc }, std.range(1, 12), {})))"), "86")
        XCTAssertEqual(try evaluate("std.length(std.manifestXmlJsonml(std.foldl(function(acc, _) ['a', acc], std.range(1, 43), ['a'])))"), "308")
    }

    /// `quote_keys=false`: which keys go-jsonnet leaves bare (observed from its output).
    func testYamlBareKeys() {
        let bare = ["plain", "with-dash", "a_b", "dotted.key", "a/b", "x1", "1x", "e3", "1e", "----", "...", ".", "_",
                    "1__0", "_1", "1_", "0xg", "0X1", "0b2", "0o17", "1-2", "1e400", "-a", "infin", "-nan", "0_x", "1..5"]
        let quoted = ["", "yes", "Yes", "yEs", "NO", "on", "Off", "y", "N", "true", "FALSE", "null", "NuLL", ".inf", "-.Inf",
                      ".nan", "nan", "inf", "Infinity", "-inf", "-", "--", "---", "0", "-1", "0755", "08", "1_000", "1.5",
                      ".5", "5.", "1e3", "1E+3", "1e-400", "0x1F", "a0x1", "x0x_", "0X1p3", "0x.8p1", "0b101", "0b1_",
                      "-0b1", "1-2-3", "--0", "0--", "2001-01-01", "a b", "é", "a:b", "+1", "~"]
        for k in bare {
            var s = k
            XCTAssertTrue(s.withUTF8 { YAMLWriter.keyIsBareSafe($0) }, "\(k) should be bare")
        }
        for k in quoted {
            var s = k
            XCTAssertFalse(s.withUTF8 { YAMLWriter.keyIsBareSafe($0) }, "\(k) should be quoted")
        }
    }

    /// Go's `FormatFloat(v, 'f', -1, 64)`.
    func testGoDecimalFormatting() {
        let cases: [(Double, String)] = [
            (0, "0"), (-0.0, "-0"), (1, "1"), (-1, "-1"), (0.1, "0.1"), (1.0 / 3, "0.3333333333333333"),
            (1e21, "1000000000000000000000"), (123456789012345678901, "123456789012345680000"), (1e-7, "0.0000001"),
            (-2.5e-5, "-0.000025"), (1e15 + 0.5, "1000000000000000.5"), (9007199254740993, "9007199254740992"),
        ]
        for (v, expected) in cases {
            var out: [UInt8] = []
            ManifestOut.appendGoDecimal(v, to: &out)
            XCTAssertEqual(String(decoding: out, as: UTF8.self), expected, "\(v)")
        }
    }

    /// A large manifest is written in linear time (a byte buffer, no repeated concatenation).
    func testLargeManifestsAreLinear() throws {
        let code = """
        local data = [{ name: 'item-' + i, id: i, tags: ['a', 'b\\nc\\n'], meta: { on: i % 2 == 0, x: [1, 2] } } for i in std.range(1, 20000)];
        [std.length(std.manifestYamlDoc(data)), std.length(std.manifestJsonEx(data, '  ')),
         std.length(std.manifestTomlEx({ items: data }, '  ')), std.length(std.manifestPython(data))]
        """
        let start = Date()
        _ = try evaluate(code)
        XCTAssertLessThan(Date().timeIntervalSince(start), 60)
    }
}
