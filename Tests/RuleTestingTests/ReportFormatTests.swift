import XCTest
@testable import RuleTesting

/// promtool's number and duration printing, Go's glob patterns, and the JUnit report.
final class ReportFormatTests: XCTestCase {
    func testExponentFormatIsGoFormatFloatE() {
        let cases: [(Double, String)] = [
            (1, "1E+00"), (0, "0E+00"), (-0.0, "-0E+00"), (2.5, "2.5E+00"), (-12345, "-1.2345E+04"),
            (1e21, "1E+21"), (0.001, "1E-03"), (1.3010299956639813, "1.3010299956639813E+00"),
            (.nan, "NaN"), (.infinity, "+Inf"), (-.infinity, "-Inf"), (5e-324, "5E-324"),
        ]
        for (v, want) in cases { XCTAssertEqual(GoFormat.exponent(v), want, "\(v)") }
    }

    func testDurations() {
        let model: [(Int64, String)] = [
            (0, "0s"), (60_000, "1m"), (90 * 60_000, "1h30m"), (86_400_000, "1d"), (7 * 86_400_000, "1w"),
            (8 * 86_400_000, "8d"), (365 * 86_400_000, "1y"), (1500, "1s500ms"),
        ]
        for (ms, want) in model { XCTAssertEqual(GoFormat.modelDuration(ms), want, "\(ms)") }
        let time: [(Int64, String)] = [
            (0, "0s"), (60_000, "1m0s"), (3_900_000, "1h5m0s"), (1500, "1.5s"), (500, "500ms"), (120_250, "2m0.25s"),
        ]
        for (ms, want) in time { XCTAssertEqual(GoFormat.timeDuration(ms), want, "\(ms)") }
    }

    func testGlobMatchesOneSegmentAsGo() {
        let cases: [(String, String, Bool)] = [
            ("*.yml", "rules.yml", true), ("*.yml", "rules.yaml", false), ("r?les.yml", "rules.yml", true),
            ("[a-c]*", "b.yml", true), ("[^a-c]*", "b.yml", false), ("\\*", "*", true), ("*", "", true),
            ("a*b*c", "aXbYc", true), ("a*b*c", "aXbY", false),
        ]
        for (p, name, want) in cases {
            XCTAssertEqual(Glob.match(Array(p.unicodeScalars), Array(name.unicodeScalars)), want, "\(p) ~ \(name)")
        }
        for bad in ["[bad", "a\\", "[]", "[a-]", "[]a]", "[-a]"] { XCTAssertFalse(Glob.isValid(bad), bad) }
        for good in ["*.yml", "[\\]a]", "rules/[ab].yml", "\\[x", "[a-c]"] { XCTAssertTrue(Glob.isValid(good), good) }
    }

    func testJUnitReportHasASuitePerFileAndACasePerGroup() {
        var failing = TestFileReport(path: "a&b.yml")
        failing.groups = [TestGroupReport(name: "ok", failures: []), TestGroupReport(name: "", failures: ["    expr: \"x < 1\", time: 0s"])]
        var broken = TestFileReport(path: "c.yml")
        broken.fileErrors = ["yaml: line 3: did not find expected key"]
        let xml = JUnitReport.xml([failing, broken])
        XCTAssertEqual(xml, """
            <?xml version="1.0" encoding="UTF-8"?>
            <testsuites tests="3" failures="2">
              <testsuite name="a&amp;b.yml" tests="2" failures="1">
                <testcase name="ok" classname="a&amp;b.yml"/>
                <testcase name="group 2" classname="a&amp;b.yml">
                  <failure message="1 failure">    expr: &quot;x &lt; 1&quot;, time: 0s</failure>
                </testcase>
              </testsuite>
              <testsuite name="c.yml" tests="1" failures="1">
                <testcase name="group 1" classname="c.yml">
                  <failure message="1 failure">yaml: line 3: did not find expected key</failure>
                </testcase>
              </testsuite>
            </testsuites>

            """)
    }
}
