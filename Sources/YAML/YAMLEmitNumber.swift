/// Numbers as gojsontoyaml prints them. The JSON text it reads is decoded by a YAML 1.1
/// resolver: integer literals become Go int64 (or uint64), everything else float64, which
/// go-yaml v2 prints with Go's `strconv.FormatFloat(f, 'g', -1, 64)` (`0.5`, `1e-05`, `1e+06`).
enum YAMLEmitNumber {
    /// The text for `d`, assuming the JSON producer (Jsonnet) printed integral values as integers.
    static func format(_ d: Double) -> String {
        if d.isNaN { return ".nan" }
        if d.isInfinite { return d < 0 ? "-.inf" : ".inf" }
        if d == d.rounded(.towardZero) {
            if d >= -9_223_372_036_854_775_808.0 && d < 9_223_372_036_854_775_808.0 {
                return String(Int64(d))
            }
            if d >= 0 && d < 18_446_744_073_709_551_616.0 { return String(UInt64(d)) }
        }
        return goShortestG(d)
    }

    /// Go's `FormatFloat(d, 'g', -1, 64)`: shortest round-trip digits, `%e` form when the decimal
    /// exponent is below -4 or at least 6 (exponent with a sign and at least two digits).
    static func goShortestG(_ d: Double) -> String {
        var (digits, exp10) = shortestDigits(abs(d))  // value = 0.d1d2d3... × 10^exp10
        let sign = d.sign == .minus ? "-" : ""
        if digits.isEmpty { digits = [UInt8(ascii: "0")]; exp10 = 1 }
        let x = exp10 - 1  // exponent in d1.d2d3... × 10^x
        var out = sign
        if x < -4 || x >= 6 {
            out.append(Character(Unicode.Scalar(digits[0])))
            if digits.count > 1 {
                out.append(".")
                out.append(String(decoding: digits[1...], as: UTF8.self))
            }
            out.append(x < 0 ? "e-" : "e+")
            let ax = abs(x)
            if ax < 10 { out.append("0") }
            out.append(String(ax))
        } else if exp10 <= 0 {
            out.append("0.")
            out.append(String(repeating: "0", count: -exp10))
            out.append(String(decoding: digits, as: UTF8.self))
        } else if exp10 >= digits.count {
            out.append(String(decoding: digits, as: UTF8.self))
            out.append(String(repeating: "0", count: exp10 - digits.count))
        } else {
            out.append(String(decoding: digits[..<exp10], as: UTF8.self))
            out.append(".")
            out.append(String(decoding: digits[exp10...], as: UTF8.self))
        }
        return out
    }

    /// Shortest round-trip decimal digits of a finite non-negative `d` (from Swift's own shortest
    /// printing) and the exponent `e` such that `d = 0.digits × 10^e`. Zero gives no digits.
    static func shortestDigits(_ d: Double) -> ([UInt8], Int) {
        if d == 0 { return ([], 0) }
        let r = ShortestDigits.of(description: d.description)
        return (r.digits, r.point)
    }
}
