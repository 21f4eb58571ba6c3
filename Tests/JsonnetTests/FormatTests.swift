import XCTest
@testable import Jsonnet

/// std.format / `%` on strings against go-jsonnet 0.22. Error cases live here rather than in
/// golden files because go-jsonnet's traces for them run through its Jsonnet std library
/// (`<std>:` lines) which stackc does not reproduce; only the message is compared. The
/// expectations were produced with go-jsonnet (the `_gojsonnet` Python module).
final class FormatTests: XCTestCase {
    private func evaluate(_ code: String) throws(JsonnetError) -> String {
        try Jsonnet().evaluate(.snippet(code: code, filename: "x.jsonnet"))
    }

    /// Snippet and go-jsonnet's JSON output.
    static let outputs: [(String, String)] = [
        ("'%5.2f' % 3.14159", "\" 3.14\""),
        ("'%d' % -3.7", "\"-3\""),
        ("'%x' % -3.2", "\"-4\""),
        ("'%o' % -7.5", "\"-7\""),
        ("'%#x' % 0", "\"0x0\""),
        ("'%#o' % 0", "\"0\""),
        ("'%#.3o' % 8", "\"010\""),
        ("'%#08x' % -255", "\"-0x000ff\""),
        ("'%06.3d' % -5", "\"-00005\""),
        ("'%.2s' % 'hello'", "\"hello\""),
        ("'%g' % (1 / 3)", "\"0.33333\""),
        ("'%g' % 1000000", "\"1000000\""),
        ("'%g' % 1e15", "\"10e+14\""),
        ("'%.3g' % 0.0001234", "\"0\""),
        ("'%.0g' % 2.5", "\"7e+00\""),
        ("'%e' % 1000", "\"10.000000e+02\""),
        ("'%e' % 1e-320", "\"0.000000e-308\""),
        ("'%.0f' % 2.5", "\"3\""),
        ("'%.1f' % -0.25", "\"-0.3\""),
        ("'%.1f' % -0.04", "\"-0.0\""),
        ("'%.2f' % 2.675", "\"2.68\""),
        ("'%.30f' % 1.5", "\"1.500000000000000262842620642246\""),
        ("'%d' % 1e23", "\"100000000000000000000002\""),
        ("'%c' % 65.9", "\"A\""),
        ("'%c' % 55296", "\"�\""),
        ("'%5%' % []", "\"    %\""),
        ("'%(a)d' % [1]", "\"1\""),
        ("'%.*d' % [null, 1]", "\"1\""),
        ("'%*s' % [-3, 'a']", "\"a\""),
        ("'%.*f' % [-1, 1]", "\"5.0\""),
        ("'%.*f' % [-3, 0]", "\"00.0\""),
        ("'%.*s' % [error 'never', 'ok']", "\"ok\""),
        ("std.format(['%', 'd'], [1])", "\"1\""),
        ("std.format({a:: 1}, [])", "\"\""),
        ("'%(a).*%' % {}", "\"%\""),
        ("std.length('%245s' % 'a')", "245"),
    ]

    /// Snippet and go-jsonnet's error message (the first line after "RUNTIME ERROR: ").
    static let errors: [(String, String)] = [
        ("'%d' % 'a'", "Format required number at 0, got string"),
        ("'%d %d' % [1, 'x']", "Format required number at 1, got string"),
        ("'%(a)d' % {a: 'x'}", "Format required number at a, got string"),
        ("'%f' % true", "Format required number at 0, got boolean"),
        ("'%e' % null", "Format required number at 0, got null"),
        ("'%g' % [[1]]", "Format required number at 0, got array"),
        ("'%x' % {a: 1}", "Mapping keys required."),
        ("'%d' % [1, 2]", "Too many values to format: 2, expected 1"),
        ("'%%' % [1]", "Too many values to format: 1, expected 0"),
        ("'x' % 1", "Too many values to format: 1, expected 0"),
        ("'%s' % [1, error 'unused']", "Too many values to format: 2, expected 1"),
        ("'%d %d' % [1]", "Not enough values to format: 1, expected more than 1"),
        ("'%d' % []", "Not enough values to format: 0, expected more than 0"),
        ("'%*d' % []", "Not enough values to format: 0, expected at least 0"),
        ("'%d %*d' % [1]", "Not enough values to format: 1, expected at least 1"),
        ("'%.*d' % []", "Not enough values to format: 0, expected more than 1"),
        ("'%*.*d' % [1]", "Not enough values to format: 1, expected more than 2"),
        ("'%q' % 1", "Unrecognised conversion type: q"),
        ("'%r' % 'a'", "Unrecognised conversion type: r"),
        ("'%é' % 1", "Unrecognised conversion type: é"),
        ("'%hhd' % 1", "Unrecognised conversion type: h"),
        ("'%5*d' % [1, 2]", "Unrecognised conversion type: *"),
        ("'%*(a)d' % {a: 1}", "Unrecognised conversion type: ("),
        ("'%' % 1", "Truncated format code."),
        ("'abc%' % []", "Truncated format code."),
        ("'%5' % 1", "Truncated format code."),
        ("'%.' % 1", "Truncated format code."),
        ("'%(a' % {a: 1}", "Truncated format code."),
        ("'%-' % 1", "Truncated format code."),
        ("'%d %q' % ['a']", "Unrecognised conversion type: q"),
        ("'%d' % {a: 1}", "Mapping keys required."),
        ("'%(a)s %s' % {a: 1}", "Mapping keys required."),
        ("'%(b)s' % {a: 1}", "No such field: b"),
        ("'%(a)*d' % {a: 1}", "Cannot use * field width with object."),
        ("'%(a).*d' % {a: 1}", "Cannot use * precision with object."),
        ("'%(a)-*d' % {a: 1}", "Cannot use * field width with object."),
        ("'%c' % 'ab'", "%c expected 1-sized string got: 2"),
        ("'%c' % ''", "%c expected 1-sized string got: 0"),
        ("'%c' % true", "%c expected number / string, got: boolean"),
        ("'%c' % -1", "Codepoints must be >= 0, got -1"),
        ("'%c' % -0.5", "Codepoints must be >= 0, got -0.5"),
        ("'%c' % 1114112", "Invalid unicode codepoint, got 1.114112e+06"),
        ("'%c' % 1114111.5", "Invalid unicode codepoint, got 1.1141115e+06"),
        ("'%c' % {}", "Mapping keys required."),
        ("'%*d' % ['a', 1]", "Unexpected type string, expected number"),
        ("'%*s' % [null, 1]", "Unexpected type null, expected number"),
        ("'%.*d' % ['a', 1]", "std.max second param expected number, got string"),
        ("'%.*d' % [[1], 1]", "std.max second param expected number, got array"),
        ("'%.*f' % ['a', 1]", "Unexpected type string, expected number"),
        ("'%.*e' % [true, 1]", "Unexpected type boolean, expected number"),
        ("'%*.*d' % [1, 'b', 'c']", "Format required number at 2, got string"),
        ("'%*.*d' % ['a', 'b', 1]", "std.max second param expected number, got string"),
        ("'%0*.*d' % [{}, 'b', 1]", "Unexpected type object, expected number"),
        ("'%0*.*g' % [{}, 'b', 1]", "Unexpected type string, expected number"),
        ("'%*d' % [{}, 'x']", "Format required number at 1, got string"),
        ("'%-*d' % [error 'w', 'x']", "Format required number at 1, got string"),
        ("'%*d' % [error 'w', 'x']", "w"),
        ("'%.400f' % 1", "Overflow"),
        ("'%f' % 1e308", "Overflow"),
        ("'%.*f' % [-400, 1]", "Division by zero."),
        ("'%.*f' % [-320, 0]", "Overflow"),
        ("'%.*g' % [400, 1]", "Overflow"),
        ("'%300s' % 'x'", "max stack frames exceeded."),
        ("'%0300d' % 1", "max stack frames exceeded."),
        ("'%.300d' % 1", "max stack frames exceeded."),
        ("'%*d' % [1e10, 1]", "max stack frames exceeded."),
        ("'%s' % (function(x) x)", "couldn't manifest function as JSON"),
        ("'%s' % [error 'boom']", "boom"),
        ("std.format(1, [])", "Unexpected type number"),
        ("std.format(null, [1])", "Unexpected type null"),
        ("std.format({a: 1}, [])", "Unexpected type number, expected string"),
        ("std.format(function(x) x, [])", "Value non indexable: *jsonnet.valueFunction"),
        ("std.format(['%'], [])", "Truncated format code."),
        ("local f(n) = if n == 0 then '%e' % 1 else f(n - 1) + ''; f(450)", "max stack frames exceeded."),
        ("local f(n) = if n == 0 then '%s' % 'a' else f(n - 1) + ''; f(469)", "max stack frames exceeded."),
    ]

    func testOutputs() {
        for (code, expected) in Self.outputs {
            do {
                let got = try evaluate(code)
                XCTAssertEqual(got, expected, code)
            } catch {
                XCTFail("\(code): unexpected error \(error.rendered)")
            }
        }
    }

    func testErrorMessages() {
        for (code, message) in Self.errors {
            do {
                let got = try evaluate(code)
                XCTFail("\(code): expected an error, got \(got)")
            } catch {
                let prefix = "RUNTIME ERROR: \(message)\n"
                XCTAssertTrue(error.rendered.hasPrefix(prefix), "\(code): expected \(message), got \(error.rendered)")
            }
        }
    }

    /// Both spellings reach the same formatter.
    func testOperatorAndFunctionAgree() throws {
        let a = try evaluate("'%s|%5d|%-6.2f|%x' % ['a', 42, 3.14159, 255]")
        let b = try evaluate("std.format('%s|%5d|%-6.2f|%x', ['a', 42, 3.14159, 255])")
        XCTAssertEqual(a, b)
        XCTAssertEqual(a, "\"a|   42|3.14  |ff\"")
    }
}
