import Foundation
import XCTest
@testable import YAML

private func s(_ x: String) -> YAMLValue { .string(x) }
private func i(_ x: Int64) -> YAMLValue { .int(x) }
private func f(_ x: Double) -> YAMLValue { .float(x) }
private func seq(_ x: YAMLValue...) -> YAMLValue { .sequence(x) }
private func map(_ x: (String, YAMLValue)...) -> YAMLValue { .mapping(x.map { (.string($0.0), $0.1) }) }

/// The YAML 1.2 reader: syntax, the core schema, streams, anchors, errors.
final class YAMLReaderTests: XCTestCase {
    private func check(_ table: [(String, YAMLValue)], file: StaticString = #filePath, line: UInt = #line) {
        for (text, expected) in table {
            do {
                let got = try YAML.parse(text)
                XCTAssertEqual(got, expected, "input: \(text.debugDescription)", file: file, line: line)
            } catch {
                XCTFail("input \(text.debugDescription): \(error)", file: file, line: line)
            }
        }
    }

    private func checkError(_ table: [(String, String, Int, Int)], file: StaticString = #filePath, line: UInt = #line) {
        for (text, problem, l, c) in table {
            do {
                let v = try YAML.parse(text)
                XCTFail("input \(text.debugDescription): expected an error, got \(v)", file: file, line: line)
            } catch {
                XCTAssertEqual(error.problem, problem, "input: \(text.debugDescription)", file: file, line: line)
                XCTAssertEqual(error.line, l, "line of \(text.debugDescription)", file: file, line: line)
                XCTAssertEqual(error.column, c, "column of \(text.debugDescription)", file: file, line: line)
            }
        }
    }

    func testCoreSchemaPlainScalars() {
        check([
            ("", .null), ("~", .null), ("null", .null), ("Null", .null), ("NULL", .null),
            ("true", .bool(true)), ("True", .bool(true)), ("FALSE", .bool(false)),
            ("yes", s("yes")), ("on", s("on")), ("n", s("n")),
            ("0", i(0)), ("-17", i(-17)), ("+5", i(5)), ("0o17", i(15)), ("0x1F", i(31)), ("0xff", i(255)),
            ("0755", i(755)), ("1_000", s("1_000")), ("9223372036854775807", i(Int64.max)),
            ("9223372036854775808", f(9223372036854775808)),
            ("1.5", f(1.5)), ("-.5", f(-0.5)), ("1.", f(1)), ("1e3", f(1000)), ("6.02E+23", f(6.02e23)),
            (".inf", f(.infinity)), ("-.Inf", f(-.infinity)), ("+.INF", f(.infinity)),
            ("0x", s("0x")), ("0o8", s("0o8")), ("1:20", s("1:20")), ("2001-12-14", s("2001-12-14")),
            ("<<", s("<<")), ("-a", s("-a")), ("-", seq(.null)), (".", s(".")), ("a b", s("a b")),
        ])
        guard case .float(let nan) = try! YAML.parse(".nan"), nan.isNaN else { return XCTFail(".nan") }
    }

    func testQuotedScalarsAreStrings() {
        check([
            ("'true'", s("true")), ("\"1\"", s("1")), ("'~'", s("~")), ("''", s("")), ("\"\"", s("")),
            ("'it''s'", s("it's")), ("'a\n  b\n\n  c'", s("a b\nc")),
            ("\"a\\tb\\n\\\\\\\"\\/\"", s("a\tb\n\\\"/")),
            ("\"\\x41\\u00e9\\U0001F600\"", s("Aé😀")), ("\"\\0\\a\\b\\e\\f\\r\\v\"", s("\0\u{07}\u{08}\u{1B}\u{0C}\r\u{0B}")),
            ("\"\\N\\_\\L\\P\"", s("\u{85}\u{A0}\u{2028}\u{2029}")), ("\"\\ \"", s(" ")),
            ("\"a\\\n   b\"", s("ab")), ("\"a  \n  b\"", s("a b")), ("\"日本\"", s("日本")),
        ])
    }

    func testTags() {
        check([
            ("!!str 1", s("1")), ("!!int \"12\"", i(12)), ("!!float 1", f(1)), ("!!bool true", .bool(true)),
            ("!!null ''", .null), ("!custom 12", s("12")), ("! 12", s("12")), ("!<tag:yaml.org,2002:int> 7", i(7)),
            ("%TAG !e! tag:yaml.org,2002:\n---\n!e!int 3", i(3)), ("!!str", s("")),
            ("!!seq [1]", seq(i(1))), ("!!map {a: 1}", map(("a", i(1)))),
        ])
        checkError([
            ("!!int abc", "cannot resolve \"abc\" as !!int", 1, 1),
            ("!!bool yes", "cannot resolve \"yes\" as !!bool", 1, 1),
            ("!x!y 1", "found undefined tag handle", 1, 1),
        ])
    }

    func testBlockAndFlowCollections() {
        check([
            ("a: 1\nb: [x, y]\nc: {d: e}", map(("a", i(1)), ("b", seq(s("x"), s("y"))), ("c", map(("d", s("e")))))),
            ("- a\n- - b\n  - c\n-\n- d: 1\n  e: 2", seq(s("a"), seq(s("b"), s("c")), .null, map(("d", i(1)), ("e", i(2))))),
            ("a:\n- 1\n- 2\nb: 3", map(("a", seq(i(1), i(2))), ("b", i(3)))),
            ("[a, [b, c], {d: e}, f: g, ]", seq(s("a"), seq(s("b"), s("c")), map(("d", s("e"))), map(("f", s("g"))))),
            ("{a: 1, b, c: }", map(("a", i(1)), ("b", .null), ("c", .null))),
            ("[\n  1,\n  2\n]", seq(i(1), i(2))),
            ("{a:b}", map(("a:b", .null))), ("[http://x.y/z]", seq(s("http://x.y/z"))),
            ("a: # comment\n  b # another\n# last", map(("a", s("b")))),
            ("? a\n: 1\n? [b]\n: 2", .mapping([(s("a"), i(1)), (seq(s("b")), i(2))])),
            ("? |\n  block key\n: v", .mapping([(s("block key\n"), s("v"))])),
            ("plain\n  multi line\n\n  scalar", s("plain multi line\nscalar")),
            ("key: value with:colon", map(("key", s("value with:colon")))),
        ])
    }

    func testBlockScalars() {
        check([
            ("|\n a\n b\n\n", s("a\nb\n")), ("|-\n a\n b\n\n", s("a\nb")), ("|+\n a\n b\n\n", s("a\nb\n\n")),
            (">\n a\n b\n\n c\n", s("a b\nc\n")), (">-\n a\n b\n", s("a b")), (">\n a\n   indented\n b\n", s("a\n  indented\nb\n")),
            ("|2\n   three\n  two\n", s(" three\ntwo\n")), ("a: |1\n  x\n", map(("a", s(" x\n")))),
            ("- |\n  in list\n- >-\n  folded\n  text\n", seq(s("in list\n"), s("folded text"))),
            ("|\n  no final newline", s("no final newline")), ("| # comment\n  x\n", s("x\n")),
        ])
        checkError([("|0\n x", "found an indentation indicator equal to 0", 1, 2)])
    }

    func testStreams() throws {
        XCTAssertEqual(try YAML.parseStream("a\n---\nb\n...\n--- c\n"), [s("a"), s("b"), s("c")])
        XCTAssertEqual(try YAML.parseStream(""), [])
        XCTAssertEqual(try YAML.parseStream("# only a comment\n"), [])
        XCTAssertEqual(try YAML.parseStream("---\n---\n"), [.null, .null])
        XCTAssertEqual(try YAML.parseStream("%YAML 1.2\n---\n1\n...\n%YAML 1.1\n---\n2\n"), [i(1), i(2)])
        XCTAssertThrowsError(try YAML.parse("1\n---\n2")) { e in
            XCTAssertEqual((e as? YAMLError)?.line, 3)
        }
    }

    func testAnchorsAndAliases() throws {
        check([
            ("a: &x [1, 2]\nb: *x", map(("a", seq(i(1), i(2))), ("b", seq(i(1), i(2))))),
            ("- &a x\n- *a\n- &a y\n- *a", seq(s("x"), s("x"), s("y"), s("y"))),
            ("&m {a: 1}", map(("a", i(1)))),
            ("<<: {a: 1}", .mapping([(s("<<"), map(("a", i(1))))])),
        ])
        checkError([
            ("a: *nope", "unknown anchor 'nope' referenced", 1, 4),
            ("&a [*a]", "anchor 'a' value contains itself", 1, 5),
        ])
        // Alias bombs stop at the expansion limit.
        var bomb = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
        for k in 1..<9 { bomb += "a\(k): &a\(k) [" + Array(repeating: "*a\(k - 1)", count: 10).joined(separator: ", ") + "]\n" }
        XCTAssertThrowsError(try YAML.parse(bomb)) { e in
            XCTAssertEqual((e as? YAMLError)?.problem, "document contains excessive aliasing")
        }
        var limits = YAML.Limits()
        limits.maxAliasExpansion = 100
        XCTAssertThrowsError(try YAML.parse("a: &a [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]\n" + (0..<10).map { "b\($0): *a\n" }.joined(), limits: limits))
    }

    func testDuplicateKeys() {
        checkError([
            ("a: 1\nb: 2\na: 3", "duplicate key \"a\"", 3, 1),
            ("{1: a, 0x1: b}", "duplicate key 1", 1, 8),
            ("? [1]\n: a\n? [1]\n: b", "duplicate key", 3, 3),
        ])
        check([("{1: a, \"1\": b}", .mapping([(i(1), s("a")), (s("1"), s("b"))]))])
    }

    func testSyntaxErrorsHaveLineAndColumn() {
        checkError([
            ("a: b: c", "mapping values are not allowed in this context", 1, 5),
            ("a:\n  - b\n  c: d", "did not find expected '-' indicator", 3, 3),
            ("[1, 2", "did not find expected ',' or ']'", 2, 1),
            ("{a: 1", "did not find expected ',' or '}'", 2, 1),
            ("key: \"unterminated", "found unexpected end of stream", 1, 19),
            ("\"\\q\"", "found unknown escape character", 1, 2),
            ("\"\\ud800\"", "found invalid Unicode character escape code", 1, 4),
            ("a:\n\tb: 1", "found character that cannot start any token", 2, 1),
            ("- a\nb: c", "did not find expected '-' indicator", 2, 1),
            ("a: 1\n- b", "did not find expected key", 2, 1),
            ("@x", "found character that cannot start any token", 1, 1),
            ("&", "did not find expected alphabetic or numeric character", 1, 2),
            ("a: \u{01}", "control characters are not allowed", 1, 4),
            ("%FOO bar\n---\n1", "found unknown directive name", 1, 5),
            ("%YAML 2.0\n---\n1", "found incompatible YAML document", 1, 1),
            ("a\nb: c", "mapping values are not allowed in this context", 2, 2),
            ("a: 1\nb\n", "could not find expected ':'", 3, 1),
            ("...", "did not find expected node content", 1, 1),
        ])
    }

    func testNestingLimit() {
        var o = YAMLOptions()
        o.maxDepth = 50
        let deep = String(repeating: "[", count: 51) + String(repeating: "]", count: 51)
        XCTAssertThrowsError(try YAML.parse(deep, options: o)) { e in
            XCTAssertEqual((e as? YAMLError)?.problem, "exceeded max depth of 50")
        }
        XCTAssertNoThrow(try YAML.parse(String(repeating: "[", count: 50) + String(repeating: "]", count: 50), options: o))
    }

    func testYAML11Options() {
        var o = YAMLOptions()
        o.slashEscape = false
        o.minorVersions = [1]
        XCTAssertThrowsError(try YAML.parse("\"\\/\"", options: o))
        XCTAssertThrowsError(try YAML.parse("%YAML 1.2\n---\na", options: o))
        XCTAssertEqual(try YAML.parse("%YAML 1.1\n---\na", options: o), s("a"))
    }

    func testNodesKeepStyleTagAndPosition() throws {
        let r = YAMLReader("a: !t 'x'\nb: &n [1]\nc: *n\n")
        let doc = try XCTUnwrap(try r.nextDocument())
        XCTAssertNil(try r.nextDocument())
        let root = doc.root
        XCTAssertEqual(root.kind, .mapping)
        XCTAssertEqual(root.pairCount, 3)
        let x = root.children[1]
        XCTAssertEqual(x.value, "x")
        XCTAssertEqual(x.tag, "!t")
        XCTAssertEqual(x.style, .singleQuoted)
        XCTAssertEqual(x.mark, YAMLMark(index: 3, line: 0, column: 3))
        XCTAssertEqual(root.children[3].anchor, "n")
        XCTAssertEqual(root.children[3].flow, true)
        XCTAssertEqual(root.children[5].kind, .alias)
        XCTAssertTrue(root.children[5].target === root.children[3])
        XCTAssertEqual(root.children[4].mark.line, 2)
    }

    // MARK: realistic documents

    private func fixture(_ name: String) throws -> String {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Fixtures").appendingPathComponent(name)
        return try String(contentsOf: url, encoding: .utf8)
    }

    private func field(_ v: YAMLValue, _ path: Any...) -> YAMLValue? {
        var cur = v
        for p in path {
            switch (cur, p) {
            case (.mapping(let pairs), let k as String):
                guard let e = pairs.first(where: { $0.key == .string(k) }) else { return nil }
                cur = e.value
            case (.sequence(let items), let n as Int):
                guard n < items.count else { return nil }
                cur = items[n]
            default: return nil
            }
        }
        return cur
    }

    func testPrometheusRules() throws {
        let v = try YAML.parse(try fixture("prometheus-rules.yaml"))
        XCTAssertEqual(field(v, "groups", 0, "name"), s("node.rules"))
        XCTAssertEqual(field(v, "groups", 0, "interval"), s("30s"))
        XCTAssertEqual(field(v, "groups", 0, "rules", 0, "expr"), s("""
            1 - avg without (cpu) (
              sum without (mode) (rate(node_cpu_seconds_total{job="node", mode=~"idle|iowait|steal"}[5m]))
            )

            """))
        let alert = try XCTUnwrap(field(v, "groups", 0, "rules", 1))
        XCTAssertEqual(field(alert, "expr"), s("(node_filesystem_avail_bytes{job=\"node\",fstype!=\"\"} / node_filesystem_size_bytes{job=\"node\",fstype!=\"\"} * 100 < 5 and node_filesystem_readonly{job=\"node\",fstype!=\"\"} == 0)"))
        XCTAssertEqual(field(alert, "for"), s("30m"))
        XCTAssertEqual(field(alert, "labels"), map(("severity", s("critical")), ("team", s("platform"))))
        XCTAssertEqual(field(alert, "annotations", "description"),
                       s("Filesystem on {{ $labels.device }} at {{ $labels.instance }}\nhas only {{ printf \"%.2f\" $value }}% available space left."))
        XCTAssertEqual(field(alert, "annotations", "runbook_url"), s("https://runbooks.example.com/node/NodeFilesystemAlmostOutOfSpace"))
        XCTAssertEqual(field(v, "groups", 1, "rules"), seq())
    }

    func testKubernetesManifests() throws {
        let docs = try YAML.parseStream(try fixture("k8s-manifests.yaml"))
        XCTAssertEqual(docs.count, 3)
        let labels = map(("app.kubernetes.io/name", s("demo")), ("app.kubernetes.io/part-of", s("shop")))
        XCTAssertEqual(field(docs[0], "data", "app.properties"), s("greeting=hello\nfarewell=bye\n"))
        XCTAssertEqual(field(docs[0], "data", "port"), s("8080"))
        XCTAssertEqual(field(docs[0], "metadata", "labels"), labels)
        XCTAssertEqual(field(docs[1], "spec", "replicas"), i(3))
        XCTAssertEqual(field(docs[1], "spec", "selector", "matchLabels"), map(("app.kubernetes.io/name", s("demo"))))
        XCTAssertEqual(field(docs[1], "spec", "template", "metadata", "labels"), map(("app.kubernetes.io/name", s("demo"))))
        // Anchors do not reach across documents.
        XCTAssertThrowsError(try YAML.parseStream("a: &x 1\n---\nb: *x\n"))
        let c = try XCTUnwrap(field(docs[1], "spec", "template", "spec", "containers", 0))
        XCTAssertEqual(field(c, "args"), seq(s("--port=8080"), s("--verbose")))
        XCTAssertEqual(field(c, "ports", 0, "containerPort"), i(8080))
        XCTAssertEqual(field(c, "resources", "limits"), map(("cpu", s("500m")), ("memory", s("128Mi"))))
        XCTAssertEqual(field(c, "env", 1), map(("name", s("EMPTY"))))
        XCTAssertEqual(field(docs[1], "spec", "template", "metadata", "annotations", "prometheus.io/scrape"), s("true"))
        XCTAssertEqual(field(docs[2], "spec", "ports", 0, "targetPort"), i(8080))
    }

    func testDeepNestingNeedsNoNativeStack() throws {
        // Parsing and value construction are iterative.
        let n = 5000
        let text = String(repeating: "- ", count: n) + "x"
        var v = try YAML.parse(text)
        var depth = 0
        while case .sequence(let items) = v, let first = items.first {
            v = first
            depth += 1
        }
        XCTAssertEqual(depth, n)
    }
}
