import YAML

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Number formatting exactly as go-jsonnet prints numbers.
enum NumberFormat {
    /// JSON output and string conversion: whole numbers with all their digits (`%.0f`), others
    /// with 17 significant digits (`%.17g`).
    static func json(_ v: Double) -> String {
        // Only std.sum/std.avg can produce these (go-jsonnet does not check their results).
        if !v.isFinite { return v.isNaN ? "NaN" : (v < 0 ? "-Inf" : "+Inf") }
        if v == v.rounded(.down) {
            if v == 0 { return v.sign == .minus ? "-0" : "0" }
            if abs(v) < 9.0e15 { return String(Int64(v)) }
            return cFormat("%.0f", v)
        }
        return cFormat("%.17g", v)
    }

    /// C `printf` of one double.
    static func cFormat(_ format: String, _ v: Double) -> String {
        var buf = [CChar](repeating: 0, count: 512)
        let n = withVaList([v]) { vsnprintf(&buf, buf.count, format, $0) }
        if n >= buf.count {
            buf = [CChar](repeating: 0, count: Int(n) + 1)
            _ = withVaList([v]) { vsnprintf(&buf, buf.count, format, $0) }
        }
        return String(cString: buf)
    }

    /// The shortest decimal digits that round-trip, and the decimal exponent: v = 0.d1d2… × 10^point.
    static func shortestDigits(_ v: Double) -> (digits: [UInt8], point: Int) {
        ShortestDigits.of(description: abs(v).description)
    }

    /// Go's `%v` of a float as go-jsonnet's messages show it (`strconv.FormatFloat(v, 'g', -1,
    /// 64)`): shortest digits, exponent form when the exponent is below -4 or at least 6.
    static func goShortest(_ v: Double, expThreshold: Int = 6) -> String {
        if v.isNaN { return "NaN" }
        if v.isInfinite { return v < 0 ? "-Inf" : "+Inf" }
        if v == 0 { return v.sign == .minus ? "-0" : "0" }
        let (digits, point) = shortestDigits(v)
        let sign = v < 0 ? "-" : ""
        let exp = point - 1
        let ds = String(decoding: digits, as: UTF8.self)
        if exp < -4 || exp >= expThreshold {
            var m = String(ds.prefix(1))
            if digits.count > 1 { m += "." + ds.dropFirst() }
            let e = abs(exp)
            return sign + m + "e" + (exp < 0 ? "-" : "+") + (e < 10 ? "0" : "") + String(e)
        }
        if point <= 0 { return sign + "0." + String(repeating: "0", count: -point) + ds }
        if point >= digits.count { return sign + ds + String(repeating: "0", count: point - digits.count) }
        return sign + String(ds.prefix(point)) + "." + String(ds.dropFirst(point))
    }
}
