import XCTest
@testable import PromQL

/// Table-driven checks of ``RE2Regex`` against Go's `regexp` (tables in RE2OracleCasesTests.swift,
/// produced by running every case through Go), plus hand-written API and performance checks.
final class RE2Tests: XCTestCase {
    private func describe(_ m: [Range<String.Index>?]?, in s: String) -> [String?]? {
        guard let m else { return nil }
        return m.map { r in
            r.map { "\(s[$0])@\(s.unicodeScalars.distance(from: s.unicodeScalars.startIndex, to: $0.lowerBound))" }
        }
    }

    func testMatchesAgreeWithGo() {
        var failures = 0
        for (pattern, input, want) in RE2GoOracleCases.matches {
            do {
                let re = try RE2Regex(pattern)
                let got = describe(re.firstMatch(input), in: input)
                if got != want {
                    failures += 1
                    XCTFail("\(pattern.debugDescription) on \(input.debugDescription): got \(String(describing: got)), Go \(String(describing: want))")
                }
                XCTAssertEqual(re.matches(input), want != nil, "matches(): \(pattern.debugDescription) on \(input.debugDescription)")
            } catch {
                XCTFail("\(pattern.debugDescription): unexpected error \(error.message)")
            }
        }
        XCTAssertEqual(failures, 0)
    }

    func testAnchoredAgreesWithGo() throws {
        for (pattern, input, want) in RE2GoOracleCases.anchored {
            let re = try RE2Regex.anchored(pattern)
            XCTAssertEqual(describe(re.firstMatch(input), in: input), want, "\(pattern.debugDescription) on \(input.debugDescription)")
            XCTAssertEqual(re.matches(input), want != nil, "\(pattern.debugDescription) on \(input.debugDescription)")
        }
    }

    func testExpandAgreesWithGo() throws {
        for (pattern, input, template, want) in RE2GoOracleCases.expansions {
            let re = try RE2Regex(pattern)
            let m = re.firstMatch(input) ?? []
            XCTAssertEqual(re.expand(template, match: m, in: input), want, "\(pattern) \(template.debugDescription)")
        }
    }

    func testErrorsAgreeWithGo() {
        for (pattern, want) in RE2GoOracleCases.errors {
            do {
                _ = try RE2Regex(pattern)
                XCTFail("\(pattern.debugDescription) compiled; Go: \(want)")
            } catch {
                XCTAssertEqual(error.message, want, pattern.debugDescription)
            }
        }
    }

    func testGroupNamesAgreeWithGo() throws {
        for (pattern, want) in RE2GoOracleCases.names {
            XCTAssertEqual(try RE2Regex(pattern).groupNames, want, pattern)
        }
    }

    func testAnchoredErrorQuotesWrappedPattern() {
        XCTAssertThrowsError(try RE2Regex.anchored("(a")) { error in
            XCTAssertEqual((error as? RE2Error)?.message, "error parsing regexp: missing closing ): `^(?:(a)$`")
        }
    }

    func testLabelReplaceStyleUse() throws {
        // label_replace(v, "dst", "$1-${name}", "src", "(\\w+):(?P<name>\\d+)")
        let re = try RE2Regex.anchored(#"(\w+):(?P<name>\d+)"#)
        let s = "host:9100"
        let m = try XCTUnwrap(re.firstMatch(s))
        XCTAssertEqual(re.expand("$1-${name}", match: m, in: s), "host-9100")
        XCTAssertEqual(re.groupNames, [nil, nil, "name"])
        XCTAssertNil(re.firstMatch("host:9100x"))
    }

    func testAngleBracketNamedGroups() throws {
        // Go 1.22 added (?<name>re); Prometheus built with it accepts it. (The Go 1.19 oracle
        // rejects it, so these expectations are written by hand.)
        let re = try RE2Regex(#"(?<year>\d{4})-(?P<month>\d\d)"#)
        XCTAssertEqual(re.groupNames, [nil, "year", "month"])
        let s = "on 2024-05"
        let m = try XCTUnwrap(re.firstMatch(s))
        XCTAssertEqual(re.expand("${month}/$year", match: m, in: s), "05/2024")
        for bad in ["(?<=a)", "(?<!a)", "(?<"] {
            XCTAssertThrowsError(try RE2Regex(bad)) { error in
                XCTAssertEqual((error as? RE2Error)?.message, "error parsing regexp: invalid or unsupported Perl syntax: `(?<`")
            }
        }
        XCTAssertThrowsError(try RE2Regex("(?<a-b>x)")) { error in
            XCTAssertEqual((error as? RE2Error)?.message, "error parsing regexp: invalid named capture: `(?<a-b>`")
        }
    }

    func testNestingLimit() throws {
        // Go: 999 nested captures compile, 1000 do not ("expression nests too deeply", whole pattern).
        _ = try RE2Regex(String(repeating: "(", count: 999) + String(repeating: ")", count: 999))
        let deep = String(repeating: "(", count: 1000) + String(repeating: ")", count: 1000)
        XCTAssertThrowsError(try RE2Regex(deep)) { error in
            XCTAssertEqual((error as? RE2Error)?.message, "error parsing regexp: expression nests too deeply: `\(deep)`")
        }
        let stars = String(repeating: "(?:", count: 1000) + "a" + String(repeating: ")*", count: 1000)
        XCTAssertThrowsError(try RE2Regex(stars))
        XCTAssertTrue(try RE2Regex(String(repeating: "(?:", count: 999) + "a" + String(repeating: ")*", count: 999)).matches("aa"))
    }

    func testLinearTimeOnPathologicalPatterns() throws {
        // Exponential for a backtracker; linear for the Pike VM.
        let n = 30
        let re = try RE2Regex(String(repeating: "a?", count: n) + String(repeating: "a", count: n))
        XCTAssertTrue(re.matches(String(repeating: "a", count: n)))
        let nested = try RE2Regex.anchored("(a+)+b")
        let input = String(repeating: "a", count: 5_000)
        let start = Date()
        XCTAssertFalse(nested.matches(input))
        XCTAssertNil(nested.firstMatch(input))
        XCTAssertLessThan(Date().timeIntervalSince(start), 5)
    }

    func testLongInputThroughput() throws {
        let re = try RE2Regex(#"(\d+)\.(\d+)\.(\d+)$"#)
        let input = String(repeating: "x", count: 100_000) + "v1.2.3"
        let m = try XCTUnwrap(re.firstMatch(input))
        XCTAssertEqual(m[1].map { String(input[$0]) }, "1")
        XCTAssertEqual(m[3].map { String(input[$0]) }, "3")
    }
}
