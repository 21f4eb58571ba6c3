import XCTest
@testable import Jsonnet

/// std object, type and miscellaneous functions through the library API: native functions,
/// `std.trace` output, external variables and top-level calls, which golden files (run through
/// the CLI without settings) cannot cover. Expectations were produced with go-jsonnet 0.22
/// (the `_gojsonnet` Python module) where it can express the case.
final class ObjectFunctionsTests: XCTestCase {
    private func evaluate(_ code: String, _ settings: EvaluationSettings = EvaluationSettings()) throws(JsonnetError) -> String {
        try Jsonnet(settings: settings).evaluate(.snippet(code: code, filename: "x.jsonnet"))
    }

    private func error(_ code: String, _ settings: EvaluationSettings = EvaluationSettings(),
                       file: StaticString = #filePath, line: UInt = #line) -> String {
        do {
            let out = try evaluate(code, settings)
            XCTFail("expected an error, got \(out)", file: file, line: line)
            return ""
        } catch {
            return error.rendered
        }
    }

    private var nativeSettings: EvaluationSettings {
        var s = EvaluationSettings()
        s.nativeFunctions["add"] = NativeFunction(params: ["a", "b"]) { args in
            guard case .number(let a) = args[0], case .number(let b) = args[1] else { return .null }
            return .number(a - b)
        }
        s.nativeFunctions["echo"] = NativeFunction(params: ["x"]) { args in .array(args) }
        s.nativeFunctions["obj"] = NativeFunction(params: []) { _ in .object(["a": .number(2), "b": .string("é")]) }
        s.nativeFunctions["nan"] = NativeFunction(params: ["x"]) { _ in .number(.nan) }
        s.nativeFunctions["inf"] = NativeFunction(params: ["x"]) { _ in .number(.infinity) }
        s.nativeFunctions["fail"] = NativeFunction(params: []) { _ in throw NativeFailure() }
        return s
    }

    private struct NativeFailure: Error, CustomStringConvertible {
        var description: String { "native failure" }
    }

    func testNativeCalls() throws {
        let s = nativeSettings
        XCTAssertEqual(try evaluate("std.native('add')(5, 3)", s), "2")
        XCTAssertEqual(try evaluate("std.native('add')(b=1, a=3)", s), "2")
        XCTAssertEqual(try evaluate("local f = std.native('add'); f(1, 2) + f(3, 4)", s), "-2")
        XCTAssertEqual(try evaluate("std.length(std.native('add'))", s), "2")
        XCTAssertEqual(try evaluate("std.type(std.native('add'))", s), "\"function\"")
        XCTAssertEqual(try evaluate("std.native('missing')", s), "null")
        XCTAssertEqual(try evaluate("std.native('echo')({a: 1, h:: 2, c: [null, true, 'é', 1.5, {}]})", s),
                       "[\n   {\n      \"a\": 1,\n      \"c\": [\n         null,\n         true,\n         \"é\",\n         1.5,\n         { }\n      ]\n   }\n]")
        XCTAssertEqual(try evaluate("std.native('obj')()", s), "{\n   \"a\": 2,\n   \"b\": \"é\"\n}")
        // Objects from native functions have `:` fields, which inherit hiddenness.
        XCTAssertEqual(try evaluate("{a:: 1} + std.native('obj')()", s), "{\n   \"b\": \"é\"\n}")
    }

    func testNativeErrors() {
        let s = nativeSettings
        XCTAssertEqual(error("std.native('add')(1)", s),
                       "RUNTIME ERROR: Missing argument: b\n\tx.jsonnet:1:1-21\t$\n\tDuring evaluation\t\n")
        XCTAssertEqual(error("std.native('add')(1, 2, 3)", s),
                       "RUNTIME ERROR: function expected 2 positional argument(s), but got 3\n\tx.jsonnet:1:1-27\t$\n\tDuring evaluation\t\n")
        XCTAssertEqual(error("std.native('add')(z=1)", s),
                       "RUNTIME ERROR: function has no parameter z\n\tx.jsonnet:1:1-23\t$\n\tDuring evaluation\t\n")
        XCTAssertEqual(error("std.native('echo')(function(x) x)", s),
                       "RUNTIME ERROR: couldn't manifest function as JSON\n\tx.jsonnet:1:1-34\t$\n\tDuring evaluation\t\n")
        XCTAssertEqual(error("std.native('echo')({a: [function(x) x]})", s),
                       "RUNTIME ERROR: couldn't manifest function as JSON\n\tArray element 0\t\n\tField \"a\"\t\n\tx.jsonnet:1:1-41\t$\n\tDuring evaluation\t\n")
        XCTAssertEqual(error("std.native('echo')({a: [1, {b: error 'q'}]})", s),
                       "RUNTIME ERROR: q\n\tx.jsonnet:1:32-41\tobject <anonymous>\n\tField \"b\"\t\n\tArray element 1\t\n\tField \"a\"\t\n\tx.jsonnet:1:1-45\t$\n\tDuring evaluation\t\n")
        XCTAssertEqual(error("std.native('echo')({assert false})", s),
                       "RUNTIME ERROR: Object assertion failed.\n\tx.jsonnet:1:21-33\t\n\tChecking object assertions\t\n\tx.jsonnet:1:1-35\t$\n\tDuring evaluation\t\n")
        XCTAssertEqual(error("std.native('echo')(error 'arg')", s),
                       "RUNTIME ERROR: arg\n\tx.jsonnet:1:20-31\tthunk from <$>\n\tx.jsonnet:1:1-32\t$\n\tDuring evaluation\t\n")
        XCTAssertEqual(error("std.native('nan')(1)", s),
                       "RUNTIME ERROR: Not a number\n\tx.jsonnet:1:1-21\t$\n\tDuring evaluation\t\n")
        XCTAssertEqual(error("std.native('inf')(1)", s),
                       "RUNTIME ERROR: Overflow\n\tx.jsonnet:1:1-21\t$\n\tDuring evaluation\t\n")
        XCTAssertEqual(error("std.native('fail')()", s),
                       "RUNTIME ERROR: native failure\n\tx.jsonnet:1:1-21\t$\n\tDuring evaluation\t\n")
        XCTAssertEqual(error("std.native(1)", s),
                       "RUNTIME ERROR: Unexpected type number, expected string\n\tx.jsonnet:1:1-14\t$\n\tDuring evaluation\t\n")
    }

    func testTraceOutput() throws {
        final class Sink: @unchecked Sendable {
            var text = ""
            let lock = NSLock()
            func add(_ s: String) { lock.lock(); text += s; lock.unlock() }
        }
        let sink = Sink()
        var s = EvaluationSettings()
        s.traceOutput = { sink.add($0) }
        XCTAssertEqual(try evaluate("local x = 1;\n[std.trace('a\\u00e9\\n b', x), std.trace(std.trace('in', 'out'), 2)]", s), "[\n   1,\n   2\n]")
        XCTAssertEqual(sink.text, "TRACE: x.jsonnet:2 aé\n b\nTRACE: x.jsonnet:2 in\nTRACE: x.jsonnet:2 out\n")
        sink.text = ""
        // Called from go-jsonnet's std code, the location is that code's line.
        XCTAssertEqual(try evaluate("std.mapWithKey(std.trace, {a: 'x'})", s), "{\n   \"a\": \"x\"\n}")
        XCTAssertEqual(sink.text, "TRACE: <std>:296 a\n")
        sink.text = ""
        // A value forced first: no trace when it fails.
        XCTAssertEqual(error("std.trace('x', error 'r')", s),
                       "RUNTIME ERROR: r\n\tx.jsonnet:1:16-25\tthunk from <$>\n\tx.jsonnet:1:1-26\t$\n\tDuring evaluation\t\n")
        XCTAssertEqual(sink.text, "")
    }

    func testExternalVariables() throws {
        var s = EvaluationSettings()
        s.extVars["str"] = .string("s")
        s.extVars["code"] = .code("{x: error 'e', file: std.thisFile}")
        s.extVars["bad"] = .code("error 'z'")
        XCTAssertEqual(try evaluate("std.extVar('str')", s), "\"s\"")
        XCTAssertEqual(try evaluate("std.extVar('code').file", s), "\"<extvar:code>\"")
        XCTAssertEqual(error("std.extVar('code').x", s),
                       "RUNTIME ERROR: e\n\t<extvar:code>:1:5-14\tobject <anonymous>\n\tx.jsonnet:1:1-21\t$\n\tDuring evaluation\t\n")
        XCTAssertEqual(error("std.extVar('bad')", s),
                       "RUNTIME ERROR: z\n\t<extvar:bad>:1:1-10\t$\n\tx.jsonnet:1:1-18\t$\n\tDuring evaluation\t\n")
        XCTAssertEqual(error("std.extVar('nope')", s),
                       "RUNTIME ERROR: Undefined external variable: nope\n\tx.jsonnet:1:1-19\t$\n\tDuring evaluation\t\n")
    }

    func testTopLevelStdFunctions() throws {
        var s = EvaluationSettings()
        s.topLevelArgs["o"] = .code("1")
        s.topLevelArgs["f"] = .code("'a'")
        // go-jsonnet prints no line for the (position-less) top-level call.
        XCTAssertEqual(error("std.objectHas", s),
                       "RUNTIME ERROR: Unexpected type number, expected object\n\t<std>:1576:5-33\tfunction <anonymous>\n\tTop-level function call\t\n")
        s.topLevelArgs["o"] = .code("{}")
        s.topLevelArgs["default"] = .code("error 'd'")
        XCTAssertEqual(error("std.get", s),
                       "RUNTIME ERROR: d\n\t<top-level-arg:default>:1:1-10\t$\n\t<std>:1567:57-64\tfunction <anonymous>\n\tTop-level function call\t\n")
        var t = EvaluationSettings()
        t.topLevelArgs["target"] = .string("a")
        t.topLevelArgs["patch"] = .string("b")
        XCTAssertEqual(try evaluate("std.mergePatch", t), "\"b\"")
    }

    /// Where stackc knowingly differs from go-jsonnet's `objectRemoveKey`: go keeps the removed
    /// field reachable through `super` from the object's own lower layers, and through `self`
    /// once the result is extended (`r + {}`). stackc removes the field from every layer. These
    /// tests pin the cases that agree.
    func testObjectRemoveKeyAgreements() throws {
        XCTAssertEqual(try evaluate("std.objectRemoveKey({a: 1, b: 2}, 'a') + {a+: 3}"), "{\n   \"a\": 3,\n   \"b\": 2\n}")
        XCTAssertEqual(try evaluate("std.objectFields(std.objectRemoveKey({a: 1}, 'a') + {})"), "[ ]")
        XCTAssertEqual(try evaluate("{a: 0} + std.objectRemoveKey({b: super.a}, 'a')"), "{\n   \"a\": 0,\n   \"b\": 0\n}")
        XCTAssertEqual(error("std.objectRemoveKey({a: 1}, 'a') + {b: super.a}"),
                       "RUNTIME ERROR: Field does not exist: a\n\tx.jsonnet:1:40-45\tobject <anonymous>\n\tField \"b\"\t\n\tDuring manifestation\t\n")
    }
}
