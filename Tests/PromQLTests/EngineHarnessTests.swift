import XCTest
import PromQL

/// Loads promtool-style `input_series` and prints results as `promtool test rules` prints
/// the `got:` line of a failed `promql_expr_test`.
struct EngineHarness {
    let storage = MemoryStorage()
    var engine = PromQLEngine()

    init(interval: Int64 = 60_000, _ series: [(String, String)]) throws {
        for (sel, values) in series {
            let matchers = try PromQLParser.parseMetricSelector(sel)
            var dict: [String: String] = [:]
            for m in matchers { dict[m.name] = m.value }
            let labels = Labels(dict)
            for (i, step) in try SeriesValues.expand(values).enumerated() {
                let t = Int64(i) * interval
                switch step {
                case .sample(let v): storage.append(labels, t: t, v: v)
                case .stale: storage.appendStale(labels, t: t)
                case .missing: break
                }
            }
        }
    }

    /// `{a="b"} 1E+00, …`, `nil` for nothing, or `err: message`.
    func run(_ expr: String, at time: String) throws -> String {
        let t = PromQLDuration(parsing: time)!.milliseconds
        let e = try PromQLParser.parse(expr)
        do {
            switch try engine.instantQuery(e, at: t, storage: storage) {
            case .scalar(_, let v): return "{} " + goE(v)
            case .vector(let vs):
                if vs.isEmpty { return "nil" }
                return vs.sorted { $0.labels < $1.labels }.map { "\($0.labels) \(goE($0.v))" }.joined(separator: ", ")
            case .matrix: return "matrix"
            case .string(let s): return "string \(s)"
            }
        } catch {
            return "err: " + sortDuplicatePair(error.message)
        }
    }
}

/// promtool names the two duplicate series of a matching error in no fixed order; sort them.
func sortDuplicatePair(_ message: String) -> String {
    guard let open = message.range(of: "operation: ["), let close = message.range(of: "];", range: open.upperBound..<message.endIndex),
          let sep = message.range(of: "}, {", range: open.upperBound..<close.lowerBound) else { return message }
    let a = String(message[open.upperBound...sep.lowerBound])
    let b = String(message[message.index(before: sep.upperBound)..<close.lowerBound])
    let (x, y) = a <= b ? (a, b) : (b, a)
    return String(message[..<open.upperBound]) + x + ", " + y + String(message[close.lowerBound...])
}

/// Go's `strconv.FormatFloat(v, 'E', -1, 64)`.
func goE(_ v: Double) -> String {
    if v.isNaN { return "NaN" }
    if v.isInfinite { return v < 0 ? "-Inf" : "+Inf" }
    if v == 0 { return v.sign == .minus ? "-0E+00" : "0E+00" }
    var s = "\(Swift.abs(v))"
    var exp = 0
    if let e = s.firstIndex(where: { $0 == "e" }) {
        exp = Int(s[s.index(after: e)...])!
        s = String(s[..<e])
    }
    var intPart = s, frac = ""
    if let dot = s.firstIndex(of: ".") { intPart = String(s[..<dot]); frac = String(s[s.index(after: dot)...]) }
    var digits = intPart + frac
    var point = intPart.count + exp
    while digits.first == "0" { digits.removeFirst(); point -= 1 }
    while digits.last == "0" { digits.removeLast() }
    let e10 = point - 1
    var out = String(digits.first!)
    if digits.count > 1 { out += "." + digits.dropFirst() }
    out += e10 < 0 ? "E-" : "E+"
    let ae = Swift.abs(e10)
    out += ae < 10 ? "0\(ae)" : "\(ae)"
    return (v < 0 ? "-" : "") + out
}

final class EngineHarnessTests: XCTestCase {
    func testGoE() {
        XCTAssertEqual(goE(10), "1E+01")
        XCTAssertEqual(goE(3), "3E+00")
        XCTAssertEqual(goE(0.011666666666666667), "1.1666666666666667E-02")
        XCTAssertEqual(goE(-12345), "-1.2345E+04")
        XCTAssertEqual(goE(1e21), "1E+21")
    }
}
