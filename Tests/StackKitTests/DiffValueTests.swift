import XCTest
@testable import StackKit
import YAML

/// The plain-value diff: paths, lists compared by name or aligned, multi-line strings, and the
/// building blocks under it (sequence alignment, line diff, the JSON reader).
final class DiffValueTests: XCTestCase {
    private func obj(_ fields: [String: YAMLEmitValue]) -> YAMLEmitValue { .object(fields) }
    private func rendered(_ changes: [DiffChange]) -> [String] {
        changes.flatMap { DiffTextRenderer.lines($0, indent: "") }
    }

    func testPathsQuoteKeysThatWouldReadAmbiguously() {
        let p = FieldPath([.key("metadata"), .key("labels"), .key("app.kubernetes.io/name")])
        XCTAssertEqual(p.description, #"metadata.labels["app.kubernetes.io/name"]"#)
        XCTAssertEqual(FieldPath([.key("spec"), .key("containers"), .named(key: "name", value: "prometheus"), .key("image")]).description,
                       "spec.containers[name=prometheus].image")
        XCTAssertEqual(FieldPath([.key("a"), .named(key: "name", value: "x]y"), .index(3), .key("")]).description,
                       #"a[name="x]y"][3][""]"#)
        XCTAssertEqual(FieldPath(keys: ["data", "team"]).description, "data.team")
    }

    func testScalarAddedRemovedChanged() {
        let a = obj(["spec": obj(["replicas": .number(2)]), "metadata": obj(["labels": obj(["x": .string("x")])])])
        let b = obj(["spec": obj(["replicas": .number(3)]), "metadata": obj(["labels": obj(["team": .string("sre")])])])
        XCTAssertEqual(rendered(ValueDiff.changes(a, b)), [
            #"metadata.labels.team: + "sre""#,
            #"metadata.labels.x: - "x""#,
            "spec.replicas: 2 → 3",
        ])
    }

    func testNamedListsAreComparedByName() {
        func c(_ name: String, _ image: String) -> YAMLEmitValue { obj(["name": .string(name), "image": .string(image)]) }
        let a = obj(["containers": .array([c("a", "1"), c("b", "1"), c("gone", "1")])])
        let b = obj(["containers": .array([c("new", "1"), c("b", "2"), c("a", "1")])])
        XCTAssertEqual(rendered(ValueDiff.changes(a, b)), [
            #"containers[name=b].image: "1" → "2""#,
            #"containers[name=gone]: - {"image":"1","name":"gone"}"#,
            #"containers[name=new]: + {"image":"1","name":"new"}"#,
        ])
    }

    func testListsWithRepeatedNamesAreComparedByPosition() {
        // volumeMounts may mount one volume twice (subPath): names repeat, so order counts.
        func m(_ name: String, _ path: String) -> YAMLEmitValue { obj(["name": .string(name), "mountPath": .string(path)]) }
        let a = YAMLEmitValue.array([m("cfg", "/a"), m("cfg", "/b")])
        let b = YAMLEmitValue.array([m("cfg", "/b"), m("cfg", "/a")])
        XCTAssertFalse(ValueDiff.changes(a, b, at: FieldPath(keys: ["volumeMounts"])).isEmpty)
    }

    func testListsAreAlignedSoAnInsertIsOneChange() {
        let a = YAMLEmitValue.array(["--a", "--b", "--c"].map(YAMLEmitValue.string))
        let b = YAMLEmitValue.array(["--a", "--x", "--b", "--c"].map(YAMLEmitValue.string))
        XCTAssertEqual(rendered(ValueDiff.changes(a, b, at: FieldPath(keys: ["args"]))), [#"args[1]: + "--x""#])
        let c = YAMLEmitValue.array(["--a", "--B", "--c"].map(YAMLEmitValue.string))
        XCTAssertEqual(rendered(ValueDiff.changes(a, c, at: FieldPath(keys: ["args"]))), [#"args[1]: "--b" → "--B""#])
        let d = YAMLEmitValue.array(["--c"].map(YAMLEmitValue.string))
        XCTAssertEqual(rendered(ValueDiff.changes(a, d, at: FieldPath(keys: ["args"]))), [#"args[0]: - "--a""#, #"args[1]: - "--b""#])
    }

    func testTypeChangesNaNAndEqualValues() {
        XCTAssertEqual(rendered(ValueDiff.changes(obj(["port": .number(8080)]), obj(["port": .string("8080")]))), [#"port: 8080 → "8080""#])
        XCTAssertEqual(ValueDiff.changes(obj(["x": .number(.nan)]), obj(["x": .number(.nan)])), [])
        XCTAssertEqual(rendered(ValueDiff.changes(obj(["x": .number(.infinity)]), obj(["x": .number(1e300)]))), ["x: inf → 1e+300"])
        XCTAssertEqual(ValueDiff.changes(obj(["a": .array([.null])]), obj(["a": .array([.null])])), [])
    }

    func testMultiLineStringsGiveALineDiff() {
        let a = obj(["script": .string("one\ntwo\nthree\nfour\nfive\nsix\n")])
        let b = obj(["script": .string("one\n2\nthree\nfour\nfive\nsix\nseven\n")])
        XCTAssertEqual(rendered(ValueDiff.changes(a, b)), [
            "script:",
            "      one",
            "    - two",
            "    + 2",
            "      three",
            "    …",
            "      six",
            "    + seven",
        ])
    }

    func testLineDiffEdgeCases() {
        XCTAssertEqual(LineDiff.lines("a\nb", "a\nb\n"), ["(line break at the end added)"])
        XCTAssertEqual(LineDiff.lines("a\nb\n", "a\nb"), ["(line break at the end removed)"])
        let many = (0..<100).map { "line \($0)" }
        let out = LineDiff.lines(many.joined(separator: "\n"), many.map { $0 + "!" }.joined(separator: "\n"))
        XCTAssertEqual(out.count, LineDiff.maxLines + 1)
        XCTAssertEqual(out.last, "… (160 more changed lines)")
        // Too large to align: only the line counts.
        let big = (0..<3000).map { "a\($0)" }.joined(separator: "\n")
        let other = (0..<3000).map { "b\($0)" }.joined(separator: "\n")
        XCTAssertEqual(LineDiff.lines(big, other), ["(content changed: 3000 → 3000 lines)"])
    }

    func testSequenceAlignment() {
        let steps = SequenceAlignment.align(Array("abcd"), Array("axcdy"), equal: ==)
        XCTAssertEqual(steps, [.same(0, 0), .removed(1), .added(1), .same(2, 2), .same(3, 3), .added(4)])
        XCTAssertEqual(SequenceAlignment.align([Int](), [], equal: ==), [])
        XCTAssertNil(SequenceAlignment.align(Array(0..<10), Array(10..<20), limit: 50, equal: ==))
    }

    func testJSONReader() {
        XCTAssertEqual(JSONReader.parse(#" {"a": [1, 2.5, -3e2, true, false, null], "b": "x\u00e9\ud83d\ude00\n"} "#),
                       obj(["a": .array([.number(1), .number(2.5), .number(-300), .bool(true), .bool(false), .null]),
                            "b": .string("xé😀\n")]))
        for bad in ["", "{", "[1,]", "{\"a\" 1}", "01", "1.", "\"\\ud800\"", "\"\\q\"", "tru", "{} x", "\"a\nb\"", "-", "1e"] {
            XCTAssertNil(JSONReader.parse(bad), bad)
        }
        XCTAssertNil(JSONReader.parse(String(repeating: "[", count: 100_000)))
        XCTAssertNotNil(JSONReader.parse(String(repeating: "[", count: 100) + String(repeating: "]", count: 100)))
    }

    /// Random values: a value never differs from itself, two values differ exactly when they
    /// are unequal (no named lists here), and nothing traps.
    func testRandomValues() {
        var rng = SystemRandomNumberGenerator()
        func random(_ depth: Int) -> YAMLEmitValue {
            switch Int.random(in: 0..<(depth > 3 ? 4 : 6), using: &rng) {
            case 0: return .null
            case 1: return .number([0, 1, -1, .nan, .infinity, 1e20, 0.5].randomElement(using: &rng)!)
            case 2: return .string(["", "a", "a\nb", "b\n", "\u{0}"].randomElement(using: &rng)!)
            case 3: return .bool(Bool.random(using: &rng))
            case 4: return .array((0..<Int.random(in: 0..<4, using: &rng)).map { _ in random(depth + 1) })
            default:
                var o: [String: YAMLEmitValue] = [:]
                for _ in 0..<Int.random(in: 0..<4, using: &rng) { o[["a", "b", "c.d", ""].randomElement(using: &rng)!] = random(depth + 1) }
                return .object(o)
            }
        }
        func hasNaN(_ v: YAMLEmitValue) -> Bool {
            switch v {
            case .number(let d): return d.isNaN
            case .array(let a): return a.contains(where: hasNaN)
            case .object(let o): return o.values.contains(where: hasNaN)
            default: return false
            }
        }
        for _ in 0..<2000 {
            let a = random(0), b = random(0)
            XCTAssertEqual(ValueDiff.changes(a, a), [])
            let changes = ValueDiff.changes(a, b)
            if !hasNaN(a) && !hasNaN(b) { XCTAssertEqual(changes.isEmpty, a == b, "\(a) vs \(b)") }
            for format in DiffFormat.allCases {
                _ = format.render(DiffReport(entries: [DiffReport.Entry(identity: ObjectIdentity(KubeObject(value: a, file: "")),
                                                                        kind: .changed, apiVersion: "", oldFile: nil, newFile: nil,
                                                                        changes: changes)], unchanged: 0))
            }
        }
    }
}
