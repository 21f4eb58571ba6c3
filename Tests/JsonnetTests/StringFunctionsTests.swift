import XCTest
@testable import Jsonnet

/// std string functions against go-jsonnet 0.22 (expectations produced with the `_gojsonnet`
/// Python module), for what golden files cannot hold: cases where go-jsonnet crashes, the
/// case-folding table, and running time on long strings.
final class StringFunctionsTests: XCTestCase {
    private func evaluate(_ code: String) throws(JsonnetError) -> String {
        try Jsonnet().evaluate(.snippet(code: code, filename: "x.jsonnet"))
    }

    /// `std.equalsIgnoreCase` is go's `strings.EqualFold` (simple case folding orbits).
    func testEqualsIgnoreCaseAgainstGo() throws {
        let cases: [(String, String, Bool)] = [
            ("K", "\u{212A}", true), ("k", "\u{212A}", true), ("s", "\u{17F}", true), ("S", "\u{17F}", true),
            ("ß", "\u{1E9E}", true), ("ς", "σ", true), ("ς", "Σ", true), ("\u{345}", "\u{3B9}", true),
            ("\u{345}", "\u{1FBE}", true), ("\u{3D1}", "\u{3F4}", true), ("\u{1C84}", "\u{1C85}", true),
            ("Ꭰ", "ꭰ", true), ("ǅ", "ǆ", true), ("Ǆ", "ǅ", true), ("Å", "\u{212B}", true), ("å", "\u{212B}", true),
            ("ı", "I", false), ("ı", "i", false), ("İ", "i", false), ("İ", "I", false), ("ß", "ss", false),
            ("ß", "S", false), ("ﬀ", "ff", false), ("@", "`", false), ("[", "{", false), ("a", "ab", false),
            ("", "", true), ("ÀÉÎ", "àéî", true), ("Straße", "STRASSE", false), ("STRAẞE", "straße", true),
        ]
        for (a, b, want) in cases {
            let got = CaseFold.equal(JString(a), JString(b))
            XCTAssertEqual(got, want, "equalsIgnoreCase(\(a), \(b))")
            XCTAssertEqual(CaseFold.equal(JString(b), JString(a)), want, "equalsIgnoreCase(\(b), \(a))")
        }
    }

    /// Every code point folds to the smallest member of its class, which folds to itself.
    func testCaseFoldTableIsConsistent() {
        XCTAssertEqual(CaseFold.runs.count % 4, 0)
        var previousEnd: UInt32 = 0
        for r in stride(from: 0, to: CaseFold.runs.count, by: 4) {
            let start = CaseFold.runs[r], count = CaseFold.runs[r + 1], step = CaseFold.runs[r + 2]
            XCTAssertGreaterThanOrEqual(start, previousEnd, "runs are sorted and disjoint")
            previousEnd = start + (count - 1) * step + 1
        }
        for c in UInt32(0)...0x1FFFF {
            let f = CaseFold.fold(c)
            XCTAssertLessThanOrEqual(f, c)
            XCTAssertEqual(CaseFold.fold(f), f, "fold of \(c)")
        }
    }

    /// go-jsonnet crashes (slice bounds out of range) when `from` of `std.substr` is beyond the
    /// int64 range or `from + len` overflows it; stackc returns the empty string.
    func testSubstrHugeFromIsEmpty() throws {
        XCTAssertEqual(try evaluate("std.substr('abc', 1e20, 1)"), "\"\"")
        XCTAssertEqual(try evaluate("std.substr('abc', 9223372036854775807, 1)"), "\"\"")
        XCTAssertEqual(try evaluate("std.substr('abc', 9007199254740992, 1)"), "\"\"")
    }

    /// Searching, splitting and replacing stay linear on long strings, including patterns that
    /// make naive search quadratic.
    func testLongStringsStayLinear() throws {
        let setup = "local d(s, n) = if n == 0 then s else d(s + s, n - 1); local a = d('a', 20); local c = d('aaaaaa,', 17);"
        let checks: [(String, String)] = [
            ("std.length(std.findSubstr('aaaaaaaaaaaaaaaaaaab', a))", "0"),
            ("std.length(std.findSubstr('aa', a))", "1048575"),
            ("std.length(std.strReplace(a, 'aaaaaaaaaaaaaaaaaaab', 'x'))", "1048576"),
            ("std.length(std.strReplace(a, 'aa', 'b'))", "524288"),
            ("std.length(std.split(c, ','))", "131073"),
            ("std.length(std.splitLimitR(a, 'aaaaaaaaaaab', -1))", "1"),
            ("std.length(std.splitLimitR(c, ',', -1))", "131073"),
            ("std.length(std.stringChars(c))", "917504"),
            ("std.length(std.asciiUpper(c))", "917504"),
            ("std.stripChars(c, 'a,')", "\"\""),
            ("std.length(std.escapeStringJson(c))", "917506"),
        ]
        let start = Date()
        for (code, want) in checks {
            XCTAssertEqual(try evaluate(setup + code), want, code)
        }
        XCTAssertLessThan(Date().timeIntervalSince(start), 30)
    }

    /// Errors of functions go implements in Jsonnet carry its `<std>` frames.
    func testStdFramesInTraces() {
        do {
            _ = try evaluate("std.findSubstr(1, 'a')")
            XCTFail("expected an error")
        } catch {
            XCTAssertEqual(error.rendered, """
                RUNTIME ERROR: findSubstr first parameter should be a string, got number
                \t<std>:1655:7-82\tfunction <anonymous>
                \tx.jsonnet:1:1-23\t$
                \tDuring evaluation\t

                """)
        }
    }
}
