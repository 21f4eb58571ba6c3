import XCTest
import PromQL

/// The parser's AST, the lexer's tokens, durations, number printing and the regex hooks.
final class PromQLParserTests: XCTestCase {
    func testDurations() {
        let cases: [(String, Int64?, String)] = [
            ("5m", 300_000, "5m"), ("1h30m", 5_400_000, "1h30m"), ("90m", 5_400_000, "1h30m"),
            ("1d", 86_400_000, "1d"), ("7d", 604_800_000, "1w"), ("1y", 31_536_000_000, "1y"),
            ("1500ms", 1500, "1s500ms"), ("0", 0, "0s"), ("1m1h", nil, ""), ("5", nil, ""),
            ("1h1h", nil, ""), ("", nil, ""), ("1x", nil, ""),
        ]
        for (text, ms, canonical) in cases {
            let d = PromQLDuration(parsing: text)
            XCTAssertEqual(d?.milliseconds, ms, text)
            if let d { XCTAssertEqual(d.description, canonical, text) }
        }
        XCTAssertEqual(PromQLDuration(milliseconds: -300_000).description, "-5m")
    }

    func testNumberFormatting() {
        let cases: [(Double, String)] = [
            (1, "1"), (-1.5, "-1.5"), (0.001, "0.001"), (1e20, "100000000000000000000"),
            (1e-7, "0.0000001"), (.infinity, "+Inf"), (-.infinity, "-Inf"), (.nan, "NaN"),
            (123.456, "123.456"), (0.1 + 0.2, "0.30000000000000004"), (1234567.0, "1234567"),
        ]
        for (v, s) in cases { XCTAssertEqual(formatPromQLNumber(v), s) }
    }

    func testLexerTokens() throws {
        var lexer = PromQLLexer("sum by (job) (rate(x{a=~\"b\"}[5m])) > bool 0x1F # note")
        var kinds: [PromQLToken.Kind] = []
        var texts: [String] = []
        while true {
            let t = try lexer.next()
            if t.kind == .eof { break }
            kinds.append(t.kind)
            texts.append(t.text)
        }
        XCTAssertEqual(texts, ["sum", "by", "(", "job", ")", "(", "rate", "(", "x", "{", "a", "=~", "\"b\"", "}",
                               "[", "5m", "]", ")", ")", ">", "bool", "0x1F"])
        XCTAssertEqual(kinds[15], .duration)
        XCTAssertEqual(kinds[12], .string)
        XCTAssertEqual(kinds.last, .number)
    }

    func testStringEscapes() throws {
        let cases: [(String, String)] = [
            (#""a\nb""#, "a\nb"), (#"'it\'s'"#, "it's"), (#""\x41\101\u00e9\U0001F600""#, "AAé😀"),
            ("`raw\\n`", "raw\\n"), (#""tab\there""#, "tab\there"),
        ]
        for (source, value) in cases {
            XCTAssertEqual(try PromQLParser.parse(source), .string(value), source)
        }
    }

    func testASTShape() throws {
        let expr = try PromQLParser.parse(#"sum without (instance) (rate(http_requests_total{job="api"}[5m] offset -1m))"#)
        guard case .aggregate(let agg) = expr else { return XCTFail("\(expr)") }
        XCTAssertEqual(agg.op, .sum)
        XCTAssertTrue(agg.without)
        XCTAssertEqual(agg.grouping, ["instance"])
        guard case .call(let call) = agg.expr, case .matrixSelector(let ms) = call.args[0] else { return XCTFail() }
        XCTAssertEqual(call.function.name, "rate")
        XCTAssertEqual(ms.range, PromQLDuration(milliseconds: 300_000))
        XCTAssertEqual(ms.vectorSelector.offset, PromQLDuration(milliseconds: -60_000))
        XCTAssertEqual(ms.vectorSelector.name, "http_requests_total")
        XCTAssertEqual(ms.vectorSelector.matchers, [
            PromQLLabelMatcher(name: "__name__", type: .equal, value: "http_requests_total"),
            PromQLLabelMatcher(name: "job", type: .equal, value: "api"),
        ])
        XCTAssertEqual(expr.type, .instantVector)
    }

    func testPrecedenceAndAssociativity() throws {
        func shape(_ e: PromQLExpr) -> String {
            switch e {
            case .binary(let b): return "(\(shape(b.lhs)) \(b.op.rawValue) \(shape(b.rhs)))"
            case .unary(let op, let x): return "\(op.rawValue)\(shape(x))"
            case .paren(let x): return shape(x)
            default: return e.description
            }
        }
        let cases: [(String, String)] = [
            ("a + b * c", "(a + (b * c))"), ("a - b - c", "((a - b) - c)"), ("a ^ b ^ c", "(a ^ (b ^ c))"),
            ("a or b and c", "(a or (b and c))"), ("a and b or c unless d", "((a and b) or (c unless d))"),
            ("a > b + c", "(a > (b + c))"), ("a atan2 b + c", "((a atan2 b) + c)"), ("-a ^ b", "-(a ^ b)"),
            ("-a * b", "(-a * b)"), ("a == b and c != d", "((a == b) and (c != d))"),
            ("-2 ^ 2", "-(2 ^ 2)"), ("a / b % c", "((a / b) % c)"),
        ]
        for (query, expected) in cases {
            XCTAssertEqual(shape(try PromQLParser.parse(query)), expected, query)
        }
    }

    func testVectorMatchingAndTypes() throws {
        guard case .binary(let b) = try PromQLParser.parse("a * on(x) group_left(y) b") else { return XCTFail() }
        XCTAssertEqual(b.matching, PromQLVectorMatching(card: .manyToOne, matchingLabels: ["x"], on: true, include: ["y"]))
        guard case .binary(let s) = try PromQLParser.parse("a and b") else { return XCTFail() }
        XCTAssertEqual(s.matching?.card, .manyToMany)
        guard case .binary(let n) = try PromQLParser.parse("a + 1") else { return XCTFail() }
        XCTAssertNil(n.matching)
        XCTAssertEqual(try PromQLParser.parse("1 + 2").type, .scalar)
        XCTAssertEqual(try PromQLParser.parse("time()").type, .scalar)
        XCTAssertEqual(try PromQLParser.parse("x[5m:]").type, .rangeVector)
        XCTAssertEqual(try PromQLParser.parse("x @ 1.5"), .vectorSelector(PromQLVectorSelector(
            name: "x", matchers: [PromQLLabelMatcher(name: "__name__", type: .equal, value: "x")], at: .timestamp(1500))))
    }

    func testErrorPositionsAcrossLines() {
        do {
            _ = try PromQLParser.parse("sum(\n  rate(x)\n)")
            XCTFail("accepted")
        } catch {
            XCTAssertEqual(error.line, 2)
            XCTAssertEqual(error.column, 8)
            XCTAssertEqual(error.position, 12)
            XCTAssertEqual(error.message, #"expected type range vector in call to function "rate", got instant vector"#)
            XCTAssertEqual(error.description, #"2:8: parse error: expected type range vector in call to function "rate", got instant vector"#)
        }
    }

    func testRegexHooks() {
        let options = PromQLParser.Options(
            regexError: { $0 == "(" ? "error parsing regexp: missing closing ): `^(?:()$`" : nil },
            regexMatchesEmpty: { $0 == "a?" })
        XCTAssertThrowsError(try PromQLParser.parse(#"x{a=~"("}"#, options: options)) { error in
            XCTAssertEqual("\(error)", "1:3: parse error: error parsing regexp: missing closing ): `^(?:()$`")
        }
        XCTAssertThrowsError(try PromQLParser.parse(#"{a=~"a?"}"#, options: options)) { error in
            XCTAssertEqual((error as? PromQLError)?.message, "vector selector must contain at least one non-empty matcher")
        }
        XCTAssertNoThrow(try PromQLParser.parse(#"{a=~"b"}"#, options: options))
    }

    func testMetricSelector() throws {
        XCTAssertEqual(try PromQLParser.parseMetricSelector(#"up{job="a"}"#), [
            PromQLLabelMatcher(name: "__name__", type: .equal, value: "up"),
            PromQLLabelMatcher(name: "job", type: .equal, value: "a"),
        ])
        XCTAssertThrowsError(try PromQLParser.parseMetricSelector("rate(x[5m])"))
    }

    func testFunctionTable() {
        XCTAssertEqual(PromQLFunction.named("rate")?.argTypes, [.rangeVector])
        XCTAssertEqual(PromQLFunction.named("label_join")?.variadic, -1)
        XCTAssertNil(PromQLFunction.named("histogram_count"))
        XCTAssertEqual(Set(PromQLFunction.all.map(\.name)).count, PromQLFunction.all.count)
    }
}
