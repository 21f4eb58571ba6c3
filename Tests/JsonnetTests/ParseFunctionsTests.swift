import XCTest
@testable import Jsonnet

/// std.parseJson and std.parseYaml against go-jsonnet 0.22 (expectations produced with the
/// `_gojsonnet` Python module), and the Go formats their messages use.
final class ParseFunctionsTests: XCTestCase {
    private func evaluate(_ code: String) throws(JsonnetError) -> String {
        try Jsonnet().evaluate(.snippet(code: code, filename: "x.jsonnet"))
    }

    static let outputs: [(String, String)] = [
        ("std.parseYaml('a: 1\\nb: [x, y]\\n')", "{\n   \"a\": 1,\n   \"b\": [\n      \"x\",\n      true\n   ]\n}\n"),
        ("std.parseYaml('- 0755\\n- 0o17\\n- 1_000\\n- yes\\n- ~\\n- 2001-12-14\\n')",
         "[\n   493,\n   15,\n   1000,\n   true,\n   null,\n   \"2001-12-14\"\n]\n"),
        ("std.parseYaml('--- 1\\n--- 2\\n')", "[\n   1,\n   2\n]\n"),
        ("std.parseYaml('a: &x {b: 1}\\nc:\\n  <<: *x\\n  d: 2\\n')",
         "{\n   \"a\": {\n      \"b\": 1\n   },\n   \"c\": {\n      \"b\": 1,\n      \"d\": 2\n   }\n}\n"),
        ("std.parseYaml('1e7: a\\n0.1: b\\n3.14159265358979: c\\n')",
         "{\n   \"0.1\": \"b\",\n   \"1e+07\": \"a\",\n   \"3.1415927\": \"c\"\n}\n"),
        ("std.parseJson('{\"a\": [1, 2.5e3, \"\\\\u00e9\"], \"b\": null}')",
         "{\n   \"a\": [\n      1,\n      2500,\n      \"é\"\n   ],\n   \"b\": null\n}\n"),
        ("std.parseJson('12345678901234567890')", "12345678901234567168\n"),
        ("std.parseJson('\"\\\\ud83d\\\\ude00\\\\ud83d\"')", "\"😀�\"\n"),
        ("std.parseYaml(std.parseJson('\"a: !!binary gA==\"'))", "{\n   \"a\": \"�\"\n}\n"),
    ]

    static let errors: [(String, String)] = [
        ("std.parseJson('[1,]')", "RUNTIME ERROR: failed to parse JSON: invalid character ']' looking for beginning of value"),
        ("std.parseJson('')", "RUNTIME ERROR: failed to parse JSON: unexpected end of JSON input"),
        ("std.parseJson('1e400')", "RUNTIME ERROR: failed to parse JSON: json: cannot unmarshal number 1e400 into Go value of type float64"),
        ("std.parseJson('\"\\\\x\"')", "RUNTIME ERROR: failed to parse JSON: invalid character 'x' in string escape code"),
        ("std.parseYaml('a: b: c')", "RUNTIME ERROR: failed to parse YAML: error converting YAML to JSON: yaml: mapping values are not allowed in this context"),
        ("std.parseYaml('a: 1\\n---\\nb: [\\n')", "RUNTIME ERROR: failed to parse YAML: error converting YAML to JSON: yaml: line 2: did not find expected node content"),
        ("std.parseYaml('x: .nan')", "RUNTIME ERROR: failed to parse YAML: error converting YAML to JSON: json: unsupported value: NaN"),
        ("std.parseYaml('~: 1')", "RUNTIME ERROR: failed to parse YAML: error converting YAML to JSON: unsupported map key of type: %!s(<nil>), key: <nil>, value: 1"),
        ("std.parseYaml('[1]: a')", "RUNTIME ERROR: failed to parse YAML: error converting YAML to JSON: yaml: invalid map key: []interface {}{1}"),
        ("std.parseYaml('a: !!int x')", "RUNTIME ERROR: failed to parse YAML: error converting YAML to JSON: yaml: cannot decode !!str `x` as a !!int"),
    ]

    func testOutputs() throws {
        for (code, expected) in ParseFunctionsTests.outputs {
            XCTAssertEqual(try evaluate(code) + "\n", expected, code)
        }
    }

    func testErrors() {
        for (code, expected) in ParseFunctionsTests.errors {
            do {
                let out = try evaluate(code)
                XCTFail("\(code): expected an error, got \(out)")
            } catch {
                let first = error.rendered.split(separator: "\n", omittingEmptySubsequences: false).first.map(String.init)
                XCTAssertEqual(first, expected, code)
            }
        }
    }

    /// go-jsonnet converts keys while ranging over a Go map, so with several unconvertible
    /// keys which one is reported varies from run to run; any of them is right.
    func testSeveralBadKeysReportOne() {
        do {
            _ = try evaluate("std.parseYaml('a: {~: 1}\\nb: {~: 2}')")
            XCTFail("expected an error")
        } catch {
            let prefix = "RUNTIME ERROR: failed to parse YAML: error converting YAML to JSON: unsupported map key of type: %!s(<nil>), key: <nil>, value: "
            XCTAssertTrue(error.rendered.hasPrefix(prefix + "1\n") || error.rendered.hasPrefix(prefix + "2\n"), error.rendered)
        }
    }

    func testDocumentSplitting() {
        func pieces(_ s: String) -> ([String], Bool) {
            var s = s
            return s.withUTF8 { b in
                let (chunks, sep) = GoYAML.split(b)
                return (chunks.map { String(decoding: UnsafeBufferPointer(rebasing: b[$0]), as: UTF8.self) }, sep)
            }
        }
        XCTAssertTrue(pieces("a: 1") == (["a: 1"], false))
        XCTAssertTrue(pieces("a\n---\nb\n") == (["a\n", "---\nb\n"], true))
        XCTAssertTrue(pieces("--- 1\n...\n") == (["--- 1\n...\n"], true))
        XCTAssertTrue(pieces("---\t1\n---\r\n2") == (["---\t1\n", "---\r\n2"], true))
        XCTAssertTrue(pieces("---a\n----\n---#\n ---\n---\r1") == (["---a\n----\n---#\n ---\n---\r1"], false))
        XCTAssertTrue(pieces("") == ([], false))
    }

    func testGoFormats() {
        XCTAssertEqual(GoFormat.float32G(Float(3.14159265358979)), "3.1415927")
        XCTAssertEqual(GoFormat.float32G(1e7), "1e+07")
        XCTAssertEqual(GoFormat.float32G(123456), "123456")
        XCTAssertEqual(GoFormat.float32G(0.000001), "1e-06")
        XCTAssertEqual(GoFormat.float32G(0.0001), "0.0001")
        XCTAssertEqual(GoFormat.float32G(-1.5), "-1.5")
        XCTAssertEqual(GoFormat.sharpV(.seq([.int(1), .string("a"), .null, .float(1e7), .uint(255), .bool(true)]), nested: false),
                       "[]interface {}{1, \"a\", interface {}(nil), 1e+07, 0xff, true}")
        XCTAssertEqual(GoFormat.sharpV(.null, nested: false), "<nil>")
        XCTAssertEqual(GoJSON.quoteChar(0x27), "'\\''")
        XCTAssertEqual(GoJSON.quoteChar(0x22), "'\"'")
        XCTAssertEqual(GoJSON.quoteChar(0x09), "'\\t'")
        XCTAssertEqual(GoJSON.quoteChar(0x00), "'\\x00'")
        XCTAssertEqual(GoJSON.quoteChar(0xC3), "'Ã'")
        XCTAssertEqual(GoJSON.quoteChar(0x85), "'\\u0085'")
    }

    func testGoUTF8ReplacesEachBadByte() {
        XCTAssertEqual(goUTF8([0x61, 0xFF, 0x62]), "a\u{FFFD}b")
        XCTAssertEqual(goUTF8([0xE2, 0x82, 0x61]), "\u{FFFD}\u{FFFD}a")
        XCTAssertEqual(goUTF8([0xED, 0xA0, 0x80]), "\u{FFFD}\u{FFFD}\u{FFFD}")
        XCTAssertEqual(goUTF8([0xE2, 0x82, 0xAC]), "€")
        XCTAssertEqual(goUTF8([0xF0, 0x9F, 0x98, 0x80]), "😀")
    }

    func testYAML11Resolution() throws {
        func r(_ s: String) -> GoValue { GoYAMLDecoder.resolvePlain("", s).1 }
        guard case .int(493) = r("0755"), case .int(-3) = r("-0b11"), case .uint(12345678901234567890) = r("12345678901234567890"),
              case .float(0.5) = r(".5"), case .string("._5") = r("._5"), case .string("1e400") = r("1e400"),
              case .bool(true) = r("on"), case .null = r("~"), case .string("2001-12-14") = r("2001-12-14") else {
            return XCTFail("resolution")
        }
        XCTAssertTrue(GoYAMLDecoder.isTimestamp(Array("2001-12-14 21:59:43.10".utf8)))
        XCTAssertTrue(GoYAMLDecoder.isTimestamp(Array("2001-12-14T21:59:43Z".utf8)))
        XCTAssertFalse(GoYAMLDecoder.isTimestamp(Array("2001-02-29".utf8)))
        XCTAssertEqual(GoYAMLDecoder.base64("aGVs\nbG8="), Array("hello".utf8))
        XCTAssertNil(GoYAMLDecoder.base64("a?"))
    }
}
