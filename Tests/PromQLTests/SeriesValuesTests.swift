import XCTest
import PromQL

/// promtool's expanding notation; every expectation was read off `promtool test rules`
/// (Prometheus 2.x) by evaluating the series at each step.
final class SeriesValuesTests: XCTestCase {
    private func s(_ v: Double...) -> [SeriesStep] { v.map { .sample($0) } }

    func testExpansions() throws {
        let cases: [(String, [SeriesStep])] = [
            ("-2+4x3", s(-2, 2, 6, 10)),
            (" 1-2x4", s(1, -1, -3, -5, -7)),
            ("1.5+0.5x2", s(1.5, 2, 2.5)),
            ("2-0.5x3", s(2, 1.5, 1, 0.5)),
            ("1+1x0", s(1)),
            ("1x0", s(1)),
            ("1x2", s(1, 1, 1)),
            ("0x10", Array(repeating: .sample(0), count: 11)),
            ("_x0 4", s(4)),
            ("_x2 5", [.missing, .missing, .sample(5)]),
            ("3 _ _ 4", [.sample(3), .missing, .missing, .sample(4)]),
            ("stale 2", [.stale, .sample(2)]),
            ("+3 -3", s(3, -3)),
            ("1e3", s(1000)),
            ("1e-3+1e-3x1", s(0.001, 0.002)),
            ("Inf -Inf", s(.infinity, -.infinity)),
            ("", []),
        ]
        for (text, want) in cases {
            XCTAssertEqual(try SeriesValues.expand(text), want, text)
        }
        let nan = try SeriesValues.expand("NaN")
        guard case .sample(let v) = nan.first else { return XCTFail("NaN") }
        XCTAssertTrue(v.isNaN)
    }

    func testErrorsAsPromtoolWordsThem() {
        XCTAssertThrowsError(try SeriesValues.expand("1 stalex2 3")) { e in
            XCTAssertEqual("\(e)", "1:5: parse error: unexpected identifier \"stalex2\" in series values, expected number or \"stale\"")
        }
    }
}
