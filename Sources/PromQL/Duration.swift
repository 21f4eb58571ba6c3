/// A Prometheus duration (`1h30m`, `5m`, `1d`, `1w`, `1y`, `500ms`) held as signed milliseconds.
///
/// Units are `y` (365 days), `w`, `d`, `h`, `m`, `s` and `ms`; in a literal they appear at most
/// once each and from the largest to the smallest, as Prometheus' `model.ParseDuration` requires.
/// ``description`` prints the canonical form (`90m` → `1h30m`, `7d` → `1w`, zero → `0s`).
public struct PromQLDuration: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The length in milliseconds; negative for a negative offset.
    public var milliseconds: Int64

    /// A duration of `milliseconds` milliseconds.
    public init(milliseconds: Int64) { self.milliseconds = milliseconds }

    /// A duration of `seconds` seconds.
    public init(seconds: Int64) { self.milliseconds = seconds * 1000 }

    /// The length in seconds.
    public var seconds: Double { Double(milliseconds) / 1000 }

    static let units: [(String, Int64)] = [
        ("y", 365 * 24 * 3_600_000), ("w", 7 * 24 * 3_600_000), ("d", 24 * 3_600_000),
        ("h", 3_600_000), ("m", 60_000), ("s", 1000), ("ms", 1),
    ]

    /// Parses a duration literal such as `1h30m`; `nil` when it is not one. The literal `0` is
    /// accepted as zero, as Prometheus accepts it.
    public init?(parsing text: String) {
        if text == "0" { self.milliseconds = 0; return }
        let bytes = Array(text.utf8)
        if bytes.isEmpty { return nil }
        var i = 0
        var nextUnit = 0
        var total: Int64 = 0
        while i < bytes.count {
            let start = i
            var value: Int64 = 0
            while i < bytes.count, bytes[i] >= 48, bytes[i] <= 57 {
                let (m, o1) = value.multipliedReportingOverflow(by: 10)
                let (a, o2) = m.addingReportingOverflow(Int64(bytes[i] - 48))
                if o1 || o2 { return nil }
                value = a
                i += 1
            }
            if i == start { return nil }
            var unit = ""
            if i + 1 < bytes.count, bytes[i] == UInt8(ascii: "m"), bytes[i + 1] == UInt8(ascii: "s") {
                unit = "ms"; i += 2
            } else if i < bytes.count {
                unit = String(UnicodeScalar(bytes[i])); i += 1
            } else {
                return nil
            }
            guard let idx = Self.units.firstIndex(where: { $0.0 == unit }), idx >= nextUnit else { return nil }
            nextUnit = idx + 1
            let (m, o1) = value.multipliedReportingOverflow(by: Self.units[idx].1)
            let (a, o2) = total.addingReportingOverflow(m)
            if o1 || o2 { return nil }
            total = a
        }
        self.milliseconds = total
    }

    /// The canonical form, as Prometheus prints durations: largest units first, `0s` for zero,
    /// a leading `-` when negative.
    public var description: String {
        if milliseconds == 0 { return "0s" }
        var rest = milliseconds.magnitude
        var out = milliseconds < 0 ? "-" : ""
        for (name, size) in Self.units {
            let n = rest / UInt64(size)
            if n > 0 {
                out += "\(n)\(name)"
                rest -= n * UInt64(size)
            }
        }
        return out
    }

    public static func < (a: PromQLDuration, b: PromQLDuration) -> Bool { a.milliseconds < b.milliseconds }
}
