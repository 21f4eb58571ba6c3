import XCTest
@testable import Jsonnet

/// Number formatting as go-jsonnet prints numbers: output values and the Go-style numbers in
/// error messages. Expected strings come from go-jsonnet 0.22.
final class NumberFormatTests: XCTestCase {
    func testJSONNumbers() {
        let cases: [(Double, String)] = [
            (0, "0"), (-0.0, "-0"), (1, "1"), (-42, "-42"), (0.1, "0.10000000000000001"),
            (1.0 / 3, "0.33333333333333331"), (1e-7, "9.9999999999999995e-08"), (1.5e-10, "1.5e-10"),
            (123456.789, "123456.789"), (1e21, "1000000000000000000000"),
            (123456789012345678, "123456789012345680"), (1e15 + 0.5, "1000000000000000.5"),
            (5e-324, "4.9406564584124654e-324"), (2e-5, "2.0000000000000002e-05"),
            (9007199254740993, "9007199254740992"),
        ]
        for (v, want) in cases {
            XCTAssertEqual(NumberFormat.json(v), want, "\(v)")
        }
    }

    func testGoShortestInMessages() {
        let cases: [(Double, String)] = [
            (1e20, "1e+20"), (-1e17, "-1e+17"), (9007199254740992, "9.007199254740992e+15"),
            (1114112, "1.114112e+06"), (2.5, "2.5"), (100000, "100000"), (0.0001, "0.0001"),
            (0.00001, "1e-05"), (-0.0, "-0"), (123456, "123456"),
        ]
        for (v, want) in cases {
            XCTAssertEqual(NumberFormat.goShortest(v), want, "\(v)")
        }
    }

    func testGoQuoteOfFieldNames() {
        XCTAssertEqual(goQuote("a"), "\"a\"")
        XCTAssertEqual(goQuote("é€"), "\"é€\"")
        XCTAssertEqual(goQuote("a\"b\\c\n"), "\"a\\\"b\\\\c\\n\"")
        XCTAssertEqual(goQuote("\u{1}"), "\"\\x01\"")
    }
}
