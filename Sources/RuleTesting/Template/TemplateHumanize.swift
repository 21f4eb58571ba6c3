/// Prometheus' `humanize*` template functions, number-to-time conversion and `parseDuration`.
enum TemplateHumanize {
    private static func g4(_ v: Double) -> String { GoFmt.sprintf("%.4g", [.float(v)]) }

    /// `humanize`: SI prefixes (k M G … for large, m u n … for small), 4 significant digits.
    static func humanize(_ v0: Double) -> String {
        var v = v0
        if v == 0 || v.isNaN || v.isInfinite { return g4(v) }
        if abs(v) >= 1 {
            var prefix = ""
            for p in ["k", "M", "G", "T", "P", "E", "Z", "Y"] {
                if abs(v) < 1000 { break }
                prefix = p
                v /= 1000
            }
            return g4(v) + prefix
        }
        var prefix = ""
        for p in ["m", "u", "n", "p", "f", "a", "z", "y"] {
            if abs(v) >= 1 { break }
            prefix = p
            v *= 1000
        }
        return g4(v) + prefix
    }

    /// `humanize1024`: binary prefixes (ki Mi Gi …), 4 significant digits.
    static func humanize1024(_ v0: Double) -> String {
        var v = v0
        if abs(v) <= 1 || v.isNaN || v.isInfinite { return g4(v) }
        var prefix = ""
        for p in ["ki", "Mi", "Gi", "Ti", "Pi", "Ei", "Zi", "Yi"] {
            if abs(v) < 1024 { break }
            prefix = p
            v /= 1024
        }
        return g4(v) + prefix
    }

    /// Go's float64 → int64 conversion on amd64: out of range (and NaN) gives the minimum.
    static func goInt64(_ v: Double) -> Int64 {
        if v.isNaN || v >= 9_223_372_036_854_775_808.0 || v < -9_223_372_036_854_775_808.0 { return Int64.min }
        return Int64(v)
    }

    /// `humanizeDuration`: `1d 2h 3m 4s` down to seconds, else 4 digits with a sub-second prefix.
    static func duration(_ v0: Double) -> String {
        var v = v0
        if v.isNaN || v.isInfinite { return g4(v) }
        if v == 0 { return g4(v) + "s" }
        if abs(v) >= 1 {
            var sign = ""
            if v < 0 {
                sign = "-"
                v = -v
            }
            let d = goInt64(v)
            let seconds = d % 60
            let minutes = (d / 60) % 60
            let hours = (d / 60 / 60) % 24
            let days = d / 60 / 60 / 24
            if days != 0 { return "\(sign)\(days)d \(hours)h \(minutes)m \(seconds)s" }
            if hours != 0 { return "\(sign)\(hours)h \(minutes)m \(seconds)s" }
            if minutes != 0 { return "\(sign)\(minutes)m \(seconds)s" }
            return sign + g4(v) + "s"
        }
        var prefix = ""
        for p in ["m", "u", "n", "p", "f", "a", "z", "y"] {
            if abs(v) >= 1 { break }
            prefix = p
            v *= 1000
        }
        return g4(v) + prefix + "s"
    }

    /// Seconds since the epoch to a UTC time at millisecond precision, as Prometheus converts.
    static func floatToTime(_ v: Double) throws(TemplateFuncError) -> GoTime {
        let ts = v * 1e9
        if ts > 9_223_372_036_854_775_807.0 || ts < -9_223_372_036_854_775_808.0 {
            throw TemplateFuncError("\(GoFmt.sprintValue(.float(v))) cannot be represented as a nanoseconds timestamp since it overflows int64")
        }
        let ns = goInt64(ts)
        let ms = ns / 1_000_000
        var sec = ms / 1000
        var nanos = (ms % 1000) * 1_000_000
        if nanos < 0 {
            nanos += 1_000_000_000
            sec -= 1
        }
        return GoTime(seconds: sec, nanos: nanos)
    }

    /// Prometheus' `model.ParseDuration`, in nanoseconds.
    static func parseDuration(_ s: String) throws(TemplateFuncError) -> Int64 {
        if s.isEmpty { throw TemplateFuncError("empty duration string") }
        if s == "0" { return 0 }
        let invalid = TemplateFuncError("not a valid duration string: \(GoStrconv.quote(s))")
        let units: [(String, Int64)] = [
            ("y", 365 * 24 * 3_600_000), ("w", 7 * 24 * 3_600_000), ("d", 24 * 3_600_000),
            ("h", 3_600_000), ("m", 60_000), ("s", 1000), ("ms", 1),
        ]
        let b = Array(s.utf8)
        var i = 0
        var nextUnit = 0
        var total: Int64 = 0
        while i < b.count {
            let start = i
            while i < b.count, b[i] >= 0x30, b[i] <= 0x39 { i += 1 }
            if i == start { throw invalid }
            let digits = String(decoding: b[start..<i], as: UTF8.self)
            var unit = ""
            if i + 1 < b.count, b[i] == UInt8(ascii: "m"), b[i + 1] == UInt8(ascii: "s") {
                unit = "ms"
                i += 2
            } else if i < b.count {
                unit = String(UnicodeScalar(b[i]))
                i += 1
            } else {
                throw invalid
            }
            guard let k = units.firstIndex(where: { $0.0 == unit }), k >= nextUnit else { throw invalid }
            nextUnit = k + 1
            let mult = units[k].1
            let n = Int64(digits) ?? Int64.max
            if n > Int64.max / mult / 1_000_000 { throw TemplateFuncError("duration out of range") }
            total = total &+ n * mult * 1_000_000
            if total < 0 { throw TemplateFuncError("duration out of range") }
        }
        return total
    }
}
