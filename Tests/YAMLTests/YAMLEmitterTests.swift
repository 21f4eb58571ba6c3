import XCTest
@testable import YAML

/// `YAMLEmitter` against outputs of gojsontoyaml (ghodss/yaml over go-yaml v2.4.0) and text
/// from kube-prometheus's committed `manifests/`.
final class YAMLEmitterTests: XCTestCase {
    private typealias V = YAMLEmitValue

    /// `k: <scalar>` for each string; expected text as go-yaml v2 writes it.
    func testStringQuoting() {
        let cases: [(String, String)] = [
            ("a", "a"), ("2.54.1", "2.54.1"), ("0.0.0.0", "0.0.0.0"), ("10%", "10%"), ("x y", "x y"),
            ("app.kubernetes.io/name", "app.kubernetes.io/name"), ("a:b", "a:b"), ("a#b", "a#b"), ("a# b", "a# b"),
            ("-a", "-a"), ("?a", "?a"), (":a", ":a"), ("a,b", "a,b"), ("a[b]", "a[b]"), ("a'b", "a'b"), ("a\"b", "a\"b"),
            ("a\\b", "a\\b"), ("<<", "<<"), ("_1", "_1"), ("1e", "1e"), ("1.2.3", "1.2.3"), (".", "."), ("..5", "..5"),
            ("0xFFFFFFFFFFFFFFFFFF", "0xFFFFFFFFFFFFFFFFFF"), ("1e400", "1e400"), ("2001-02-30", "2001-02-30"),
            ("2001-12-14x", "2001-12-14x"), ("1:60", "1:60"), ("héllo", "héllo"), ("日本", "日本"), ("a\u{a0}b", "a\u{a0}b"),
            ("--secure-listen-address=[$(IP)]:9100", "--secure-listen-address=[$(IP)]:9100"),
            // Resolve as another type (YAML 1.1 as go-yaml v2 reads it): double quotes.
            ("", "\"\""), ("true", "\"true\""), ("True", "\"True\""), ("yes", "\"yes\""), ("No", "\"No\""), ("on", "\"on\""),
            ("OFF", "\"OFF\""), ("y", "\"y\""), ("N", "\"N\""), ("null", "\"null\""), ("~", "\"~\""), ("8080", "\"8080\""),
            ("-1", "\"-1\""), ("+1", "\"+1\""), ("1e3", "\"1e3\""), ("1E3", "\"1E3\""), ("0755", "\"0755\""), ("08", "\"08\""),
            ("0x1f", "\"0x1f\""), ("0o17", "\"0o17\""), ("0b101", "\"0b101\""), ("1_000", "\"1_000\""), (".5", "\".5\""),
            ("1.", "\"1.\""), (".inf", "\".inf\""), ("-.Inf", "\"-.Inf\""), (".NaN", "\".NaN\""), ("1:20", "\"1:20\""),
            ("190:20:30.15", "\"190:20:30.15\""), ("2001-12-14", "\"2001-12-14\""), ("2001-12-14 21:59:43.10", "\"2001-12-14 21:59:43.10\""),
            ("2001-12-14t21:59:43.10-05:00", "\"2001-12-14t21:59:43.10-05:00\""), ("18446744073709551616", "\"18446744073709551616\""),
            // Indicators, surrounding spaces: single quotes.
            ("*", "'*'"), ("-", "'-'"), ("- a", "'- a'"), ("---", "'---'"), ("...", "'...'"), ("?", "'?'"), (":", "':'"),
            ("a:", "'a:'"), ("a: b", "'a: b'"), ("a #b", "'a #b'"), ("#", "'#'"), ("&a", "'&a'"), ("!a", "'!a'"), ("|", "'|'"),
            (">", "'>'"), ("%", "'%'"), ("@", "'@'"), ("`", "'`'"), (",", "','"), ("[a]", "'[a]'"), ("{{ x }} y", "'{{ x }} y'"),
            ("'a'", "'''a'''"), ("\"", "'\"'"), (" a", "' a'"), ("a ", "'a '"), (" ", "' '"),
            // Not printable for the emitter: double quotes with escapes.
            ("a\u{2028}", "'a\u{2028}'"), ("a\tb", "\"a\\tb\""), ("\u{0}", "\"\\0\""), ("\u{7}", "\"\\a\""), ("\u{1b}", "\"\\e\""), ("\u{7f}", "\"\\x7F\""),
            ("\u{feff}", "\"\\uFEFF\""), ("😀", "\"\\U0001F600\""), ("a\rb", "\"a\\rb\""),
        ]
        for (s, want) in cases {
            XCTAssertEqual(YAMLEmitter.emit(.object(["k": .string(s)])), "k: \(want)\n", "string \(s.debugDescription)")
        }
        XCTAssertEqual(YAMLEmitter.emit(.object(["k": .string("a\u{85}b")])), "k: \"a\\Nb\"\n")
    }

    /// Strings with "\n": literal blocks when allowed, double quotes otherwise.
    func testMultiLineStrings() {
        let cases: [(String, String)] = [
            ("a\nb", "k: |-\n  a\n  b\n"),
            ("a\nb\n", "k: |\n  a\n  b\n"),
            ("a\nb\n\n", "k: |+\n  a\n  b\n\n"),
            ("a\n\n\nb", "k: |-\n  a\n\n\n  b\n"),
            ("\n", "k: |2+\n\n"),
            ("\na", "k: |2-\n\n  a\n"),
            (" a\nb", "k: |2-\n   a\n  b\n"),
            ("a\n b", "k: |-\n  a\n   b\n"),
            ("a\n\tb", "k: \"a\\n\\tb\"\n"),
            ("a \nb", "k: \"a \\nb\"\n"),
            ("a\nb ", "k: \"a\\nb \"\n"),
            ("a\r\nb", "k: \"a\\r\\nb\"\n"),
        ]
        for (s, want) in cases {
            XCTAssertEqual(YAMLEmitter.emit(.object(["k": .string(s)])), want, "string \(s.debugDescription)")
        }
        XCTAssertEqual(YAMLEmitter.emit(.array([.string("a\nb")])), "- |-\n  a\n  b\n")
        XCTAssertEqual(YAMLEmitter.emit(.string("a\nb")), "|-\n  a\n  b\n")
        XCTAssertEqual(YAMLEmitter.emit(.object(["a": .object(["b": .string("x\n  y\n")])])), "a:\n  b: |\n    x\n      y\n")
    }

    /// Plain, single- and double-quoted scalars break at a space once past column 80; block
    /// scalars and keys never fold, nor do strings without spaces.
    func testFolding() {
        let long = "Configuration has failed to load for {{ $labels.namespace }}/{{ $labels.pod}}."
        XCTAssertEqual(
            YAMLEmitter.emit(.object(["description": .string(long)])),
            "description: Configuration has failed to load for {{ $labels.namespace }}/{{ $labels.pod}}.\n")
        let nested = V.object(["a": .object(["b": .object(["c": .array([.object(["description": .string(long)])])])])])
        XCTAssertEqual(YAMLEmitter.emit(nested), """
            a:
              b:
                c:
                - description: Configuration has failed to load for {{ $labels.namespace }}/{{
                    $labels.pod}}.

            """)
        XCTAssertEqual(YAMLEmitter.emit(.object(["k": .string("'" + long + "'")])),
                       "k: '''Configuration has failed to load for {{ $labels.namespace }}/{{ $labels.pod}}.'''\n")
        let b = String(repeating: "b ", count: 60)
        XCTAssertEqual(YAMLEmitter.emit(.object(["k": .string(b)])),
                       "k: '\(String(repeating: "b ", count: 38))b\n  \(String(repeating: "b ", count: 21))'\n")
        let x = String(repeating: "x", count: 85)
        XCTAssertEqual(YAMLEmitter.emit(.object(["k": .string(x + " y")])), "k: \(x)\n  y\n")
        XCTAssertEqual(YAMLEmitter.emit(.object(["k": .string(x + "\ty z")])), "k: \"\(x)\\ty\n  z\"\n")
        XCTAssertEqual(YAMLEmitter.emit(.object([x + " y z": .null])), "\(x) y z: null\n")
    }

    func testNumbers() {
        let cases: [(Double, String)] = [
            (0, "0"), (-0.0, "0"), (9090, "9090"), (-1, "-1"), (0.5, "0.5"), (-0.5, "-0.5"), (1e-5, "1e-05"), (1e-4, "0.0001"),
            (0.0001234, "0.0001234"), (123456.5, "123456.5"), (1234567.5, "1.2345675e+06"), (1.0 / 3, "0.3333333333333333"),
            (1e20, "1e+20"), (1e21, "1e+21"), (9223372036854775807, "9223372036854775808"),
            (1.8446744073709552e19, "1.8446744073709552e+19"),
            (-9223372036854777856, "-9.223372036854778e+18"), (1.7976931348623157e308, "1.7976931348623157e+308"),
            (2e-308, "2e-308"), (100.25, "100.25"),
        ]
        for (d, want) in cases {
            XCTAssertEqual(YAMLEmitter.emit(.object(["v": .number(d)])), "v: \(want)\n", "number \(d)")
        }
    }

    func testKeyOrder() {
        let cases: [([String], String)] = [
            (["a10", "a9", "a1"], "a1: 0\na9: 0\na10: 0\n"),
            (["port-10", "port-9"], "port-9: 0\nport-10: 0\n"),
            (["ab", "a_", "aB", "a-b", "a.b", "A", "_a"], "_a: 0\nA: 0\na-b: 0\na.b: 0\na_: 0\naB: 0\nab: 0\n"),
            (["a05", "a5", "a01"], "a01: 0\na5: 0\na05: 0\n"),
            (["v1.10", "v1.2"], "v1.2: 0\nv1.10: 0\n"),
            (["10", "2", "1"], "\"1\": 0\n\"2\": 0\n\"10\": 0\n"),
            (["ä", "z", "日", "Ω"], "z: 0\nä: 0\nΩ: 0\n日: 0\n"),
            (["spec", "kind", "apiVersion", "metadata"], "apiVersion: 0\nkind: 0\nmetadata: 0\nspec: 0\n"),
        ]
        for (keys, want) in cases {
            let obj = V.object(Dictionary(uniqueKeysWithValues: keys.map { ($0, V.number(0)) }))
            XCTAssertEqual(YAMLEmitter.emit(obj), want, "keys \(keys)")
        }
        XCTAssertTrue(YAMLEmitKeyOrder.less("a10b", "a1b"))  // pairwise as go-yaml compares them
        XCTAssertFalse(YAMLEmitKeyOrder.less("a1b", "a10b"))
    }

    func testLayout() {
        let cases: [(V, String)] = [
            (.object([:]), "{}\n"), (.array([]), "[]\n"), (.null, "null\n"), (.bool(true), "true\n"), (.string("x"), "x\n"),
            (.object(["a": .object([:]), "b": .array([]), "c": .null, "d": .bool(false)]), "a: {}\nb: []\nc: null\nd: false\n"),
            (.array([.array([]), .object([:])]), "- []\n- {}\n"),
            (.array([.array([.number(1), .number(2)]), .array([.number(3)])]), "- - 1\n  - 2\n- - 3\n"),
            (.object(["containers": .array([.object(["name": .string("x"), "image": .string("img")])])]),
             "containers:\n- image: img\n  name: x\n"),
            (.object(["a": .array([.array([.number(1), .array([.number(2), .object(["x": .string("z")])])])])]),
             "a:\n- - 1\n  - - 2\n    - x: z\n"),
            (.array([.object(["a": .number(1), "b": .array([.number(1), .object(["c": .array([.array([])])])])])]),
             "- a: 1\n  b:\n  - 1\n  - c:\n    - []\n"),
            (.object(["key": .object(["sub": .number(1)])]), "key:\n  sub: 1\n"),
            (.object([String(repeating: "x", count: 129): .number(1)]), "? \(String(repeating: "x", count: 129))\n: 1\n"),
            (.object([String(repeating: "x", count: 129): .object(["a": .number(1)])]), "? \(String(repeating: "x", count: 129))\n: a: 1\n"),
            (.object([String(repeating: "y", count: 130): .array([.number(1), .number(2)])]), "? \(String(repeating: "y", count: 130))\n: - 1\n  - 2\n"),
            (.object(["a\nb": .number(1)]), "? |-\n  a\n  b\n: 1\n"),
            (.object(["true": .string("yes"), "": .string("")]), "\"\": \"\"\n\"true\": \"yes\"\n"),
        ]
        for (v, want) in cases {
            XCTAssertEqual(YAMLEmitter.emit(v), want, "value \(v)")
        }
    }

    /// Excerpts of kube-prometheus `manifests/`: read with the project's YAML reader, emitted
    /// again, byte-identical.
    func testKubePrometheusManifestsRoundTrip() throws {
        for text in KubePrometheusExcerpts.all {
            let v = try Self.emitValue(YAML.parse(text))
            XCTAssertEqual(YAMLEmitter.emit(v), text)
        }
    }

    func testLargeTreeIsFast() {
        let rule = V.object([
            "alert": .string("KubePodCrashLooping"),
            "annotations": .object(["description": .string(String(repeating: "Pod {{ $labels.pod }} is crash looping. ", count: 4))]),
            "expr": .string("max_over_time(kube_pod_container_status_waiting_reason{reason=\"CrashLoopBackOff\"}[5m]) >= 1\n"),
            "for": .string("15m"), "labels": .object(["severity": .string("warning")]),
        ])
        let tree = V.object(["spec": .object(["groups": .array(Array(repeating: .object(["rules": .array(Array(repeating: rule, count: 100))]), count: 300))])])
        let start = Date()
        let out = YAMLEmitter.emit(tree)
        XCTAssertGreaterThan(out.utf8.count, 10_000_000)
        XCTAssertLessThan(Date().timeIntervalSince(start), 20)  // debug build; about 1 s optimized
    }

    static func emitValue(_ v: YAMLValue) -> YAMLEmitValue {
        switch v {
        case .null: return .null
        case .bool(let b): return .bool(b)
        case .int(let i): return .number(Double(i))
        case .float(let d): return .number(d)
        case .string(let s): return .string(s)
        case .sequence(let xs): return .array(xs.map(emitValue))
        case .mapping(let kvs):
            var m: [String: YAMLEmitValue] = [:]
            for (k, v) in kvs {
                guard case .string(let ks) = k else { continue }
                m[ks] = emitValue(v)
            }
            return .object(m)
        }
    }
}
