/// One step of a test series (promtool's `values:` string): a sample, a missing scrape (`_`) or
/// a staleness marker (`stale`).
public enum SeriesStep: Sendable, Equatable {
    case sample(Double)
    case missing
    case stale
}

/// A mistake in a `values:` string, worded as promtool words it (`1:5: parse error: …`).
public struct SeriesValuesError: Error, Sendable, Equatable, CustomStringConvertible {
    public let message: String
    public var description: String { message }
}

/// promtool's expanding notation for test series, one step per evaluation interval:
/// `a` one sample; `a+bxn` / `a-bxn` the n+1 samples a, a±b, …, a±n·b; `axn` a repeated n+1
/// times; `_` a missing sample and `_xn` n of them; `stale` a staleness marker. Numbers may be
/// signed, decimal, exponent, `Inf` or `NaN`.
public enum SeriesValues {
    /// `columnOffset`: how many characters precede the values in the line promtool parses
    /// (`series + " " + values`), so error columns match promtool's.
    public static func expand(_ text: String, columnOffset: Int = 2) throws(SeriesValuesError) -> [SeriesStep] {
        var out: [SeriesStep] = []
        let chars = Array(text.unicodeScalars)
        var i = 0
        while true {
            while i < chars.count && (chars[i] == " " || chars[i] == "\t" || chars[i] == "\n") { i += 1 }
            if i >= chars.count { break }
            let start = i
            while i < chars.count && !(chars[i] == " " || chars[i] == "\t" || chars[i] == "\n") { i += 1 }
            let word = String(String.UnicodeScalarView(chars[start..<i]))
            try expandWord(word, column: columnOffset + start + 1, into: &out)
        }
        return out
    }

    /// Most values one series may expand to: enough for years of samples at a one-minute
    /// step, and a clear error instead of exhausting memory on `1x100000000000`.
    public static let maxSteps = 10_000_000

    private static func checkLength(_ current: Int, adding n: Int, _ word: String, _ column: Int) throws(SeriesValuesError) {
        if n > maxSteps - current {
            throw SeriesValuesError(message: "1:\(column): \"\(word)\" expands the series beyond \(maxSteps) values")
        }
    }

    private static func expandWord(_ word: String, column: Int, into out: inout [SeriesStep]) throws(SeriesValuesError) {
        // Prometheus lexes a leading `x` (then digits) as the repetition sign.
        if word.first == "x" && word.dropFirst().allSatisfy(\.isASCII) && word.dropFirst().allSatisfy(\.isNumber) {
            throw SeriesValuesError(message: "1:\(column): parse error: unexpected \"x\"")
        }
        if word == "stale" {
            out.append(.stale)
            return
        }
        if word == "_" {
            out.append(.missing)
            return
        }
        if word.hasPrefix("_x") {
            guard let n = Int(word.dropFirst(2)), n >= 0 else { throw unexpected(word, column) }
            try checkLength(out.count, adding: n, word, column)
            out.append(contentsOf: repeatElement(.missing, count: n))
            return
        }
        // `a`, `axn`, `a+bxn`, `a-bxn`: split off `xn`, then the step after the first number.
        var body = Substring(word)
        var count: Int?
        if let x = body.lastIndex(of: "x"), let n = Int(body[body.index(after: x)...]), n >= 0 {
            count = n
            body = body[..<x]
        }
        guard let count else {
            guard let v = number(body) else { throw unexpected(word, column) }
            out.append(.sample(v))
            return
        }
        // The step's sign is the last + or - that is not at the start or after an exponent `e`.
        var split: String.Index?
        var k = body.index(before: body.endIndex)
        while k > body.startIndex {
            let c = body[k]
            if c == "+" || c == "-" {
                let prev = body[body.index(before: k)]
                if prev != "e" && prev != "E" {
                    split = k
                    break
                }
            }
            k = body.index(before: k)
        }
        let base: Double, step: Double
        if let s = split {
            guard let a = number(body[..<s]), let b = number(body[body.index(after: s)...]) else { throw unexpected(word, column) }
            base = a
            step = body[s] == "+" ? b : -b
        } else {
            guard let a = number(body) else { throw unexpected(word, column) }
            base = a
            step = 0
        }
        try checkLength(out.count, adding: count + 1, word, column)
        for j in 0...count { out.append(.sample(base + Double(j) * step)) }
    }

    /// A PromQL number: decimal with optional sign and exponent, `Inf`, `NaN` (any case).
    static func number(_ s: Substring) -> Double? {
        var t = s
        var sign = 1.0
        if t.hasPrefix("+") { t = t.dropFirst() } else if t.hasPrefix("-") { sign = -1; t = t.dropFirst() }
        switch t.lowercased() {
        case "inf": return sign * .infinity
        case "nan": return .nan
        default: break
        }
        guard let first = t.first, first.isNumber || first == "." else { return nil }
        guard t.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "." || $0 == "e" || $0 == "E" || $0 == "+" || $0 == "-") }) else { return nil }
        guard let v = Double(String(t)) else { return nil }
        return sign * v
    }

    private static func unexpected(_ word: String, _ column: Int) -> SeriesValuesError {
        SeriesValuesError(message: "1:\(column): parse error: unexpected identifier \"\(word)\" in series values, expected number or \"stale\"")
    }
}
