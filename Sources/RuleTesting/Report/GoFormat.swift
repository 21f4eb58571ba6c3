import PromQL
import YAML

/// How promtool's Go code prints numbers and durations in its reports.
enum GoFormat {
    /// Go's `strconv.FormatFloat(v, 'E', -1, 64)`: `1E+00`, `-1.2345E+04`, `NaN`, `+Inf`.
    static func exponent(_ v: Double) -> String {
        if v.isNaN { return "NaN" }
        if v.isInfinite { return v < 0 ? "-Inf" : "+Inf" }
        let sign = v.sign == .minus ? "-" : ""
        if v == 0 { return sign + "0E+00" }
        let (digits, point) = ShortestDigits.of(description: "\(v.magnitude)")
        var out = sign + String(UnicodeScalar(digits[0]))
        if digits.count > 1 {
            out += "." + String(decoding: digits[1...], as: UTF8.self)
        }
        let e = point - 1
        out += e < 0 ? "E-" : "E+"
        let magnitude = e.magnitude
        out += magnitude < 10 ? "0\(magnitude)" : "\(magnitude)"
        return out
    }

    /// Prometheus' `model.Duration.String()`: `0s`, `1h30m`, `90d` (years and weeks only when
    /// they divide the duration exactly).
    static func modelDuration(_ ms: Int64) -> String {
        if ms == 0 { return "0s" }
        var rest = ms
        var out = ""
        let units: [(String, Int64, Bool)] = [
            ("y", 365 * 86_400_000, true), ("w", 7 * 86_400_000, true), ("d", 86_400_000, false),
            ("h", 3_600_000, false), ("m", 60_000, false), ("s", 1000, false), ("ms", 1, false),
        ]
        for (name, size, exact) in units {
            if exact && rest % size != 0 { continue }
            let n = rest / size
            if n > 0 {
                out += "\(n)\(name)"
                rest -= n * size
            }
        }
        return out
    }

    /// Go's `time.Duration.String()` for a whole number of milliseconds: `0s`, `1m0s`,
    /// `1h5m0s`, `1.5s`, `500ms`.
    static func timeDuration(_ ms: Int64) -> String {
        if ms == 0 { return "0s" }
        let sign = ms < 0 ? "-" : ""
        let m = ms.magnitude
        if m < 1000 { return sign + "\(m)ms" }
        let hours = m / 3_600_000
        let minutes = (m / 60_000) % 60
        let millis = m % 60_000
        var seconds = "\(millis / 1000)"
        let fraction = millis % 1000
        if fraction != 0 {
            var f = String(fraction)
            while f.count < 3 { f = "0" + f }
            while f.hasSuffix("0") { f.removeLast() }
            seconds += "." + f
        }
        var out = sign
        if hours > 0 { out += "\(hours)h" }
        if hours > 0 || minutes > 0 { out += "\(minutes)m" }
        return out + seconds + "s"
    }

    /// Go's `%q` of a string (`strconv.Quote`).
    static func quote(_ s: String) -> String { goQuote(s) }
}
