import Foundation

/// A label set, sorted by name. Empty values are never stored (an empty label is an absent one).
public struct Labels: Hashable, Sendable, CustomStringConvertible, Comparable {
    @usableFromInline var names: [String]
    @usableFromInline var values: [String]

    /// A label set from a dictionary; labels with empty values are dropped.
    public init(_ pairs: [String: String]) {
        let sorted = pairs.filter { !$0.value.isEmpty }.sorted { $0.key < $1.key }
        names = sorted.map(\.key)
        values = sorted.map(\.value)
    }

    init(sortedNames: [String], values: [String]) {
        self.names = sortedNames
        self.values = values
    }

    /// The empty label set.
    public static let empty = Labels([:])

    /// The value of label `name`, if present.
    public subscript(_ name: String) -> String? {
        var lo = 0, hi = names.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if names[mid] < name { lo = mid + 1 } else { hi = mid }
        }
        return lo < names.count && names[lo] == name ? values[lo] : nil
    }

    /// The labels in name order.
    public var pairs: [(name: String, value: String)] { zip(names, values).map { (name: $0, value: $1) } }

    /// Number of labels.
    public var count: Int { names.count }
    /// Whether there are no labels.
    public var isEmpty: Bool { names.isEmpty }

    /// A copy with `name` set to `value` (removed when `value` is empty).
    public func setting(_ name: String, _ value: String) -> Labels {
        var n = names, v = values
        var lo = 0, hi = n.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if n[mid] < name { lo = mid + 1 } else { hi = mid }
        }
        if lo < n.count && n[lo] == name {
            if value.isEmpty { n.remove(at: lo); v.remove(at: lo) } else { v[lo] = value }
        } else if !value.isEmpty {
            n.insert(name, at: lo); v.insert(value, at: lo)
        }
        return Labels(sortedNames: n, values: v)
    }

    /// A copy without the given labels.
    public func removing(_ drop: Set<String>) -> Labels {
        var n: [String] = [], v: [String] = []
        for (a, b) in zip(names, values) where !drop.contains(a) { n.append(a); v.append(b) }
        return Labels(sortedNames: n, values: v)
    }

    /// A copy with only the given labels.
    public func keeping(_ keep: Set<String>) -> Labels {
        var n: [String] = [], v: [String] = []
        for (a, b) in zip(names, values) where keep.contains(a) { n.append(a); v.append(b) }
        return Labels(sortedNames: n, values: v)
    }

    /// A copy without `__name__`.
    public var droppingName: Labels { self["__name__"] == nil ? self : removing(["__name__"]) }

    /// Prometheus' `String()`: `{a="1", b="2"}` (the metric name is a label like any other).
    public var description: String {
        "{" + zip(names, values).map { "\($0)=\(goQuote($1))" }.joined(separator: ", ") + "}"
    }

    public static func < (a: Labels, b: Labels) -> Bool {
        let n = min(a.names.count, b.names.count)
        for i in 0..<n {
            if a.names[i] != b.names[i] { return a.names[i] < b.names[i] }
            if a.values[i] != b.values[i] { return a.values[i] < b.values[i] }
        }
        return a.names.count < b.names.count
    }
}

/// The bit pattern Prometheus uses for a staleness marker.
public let staleNaNBits: UInt64 = 0x7ff0_0000_0000_0002

/// Whether `v` is a staleness marker.
@inlinable public func isStaleMarker(_ v: Double) -> Bool { v.bitPattern == 0x7ff0_0000_0000_0002 }

/// Samples of one series: timestamps in milliseconds, ascending; a stale marker is a special NaN.
public struct Series: Sendable {
    public var labels: Labels
    public var timestamps: [Int64]
    public var values: [Double]

    public init(labels: Labels, timestamps: [Int64] = [], values: [Double] = []) {
        self.labels = labels
        self.timestamps = timestamps
        self.values = values
    }
}

/// One sample of an instant vector.
public struct Sample: Sendable {
    public var labels: Labels
    public var t: Int64
    public var v: Double

    public init(labels: Labels, t: Int64, v: Double) {
        self.labels = labels
        self.t = t
        self.v = v
    }
}

/// The result of a query.
public enum PromQLValue: Sendable {
    case scalar(t: Int64, v: Double)
    case vector([Sample])
    case matrix([Series])
    case string(String)
}

/// In-memory storage the engine reads from.
public final class MemoryStorage: @unchecked Sendable {
    var series: [Labels: Series] = [:]
    var sortedCache: [Series]?

    public init() {}

    /// Appends a sample; samples are kept in timestamp order (a sample at an existing timestamp replaces it).
    public func append(_ labels: Labels, t: Int64, v: Double) {
        var s = series[labels] ?? Series(labels: labels)
        if let last = s.timestamps.last, last >= t {
            if let i = s.timestamps.firstIndex(where: { $0 >= t }) {
                if s.timestamps[i] == t { s.values[i] = v } else { s.timestamps.insert(t, at: i); s.values.insert(v, at: i) }
            }
        } else {
            s.timestamps.append(t)
            s.values.append(v)
        }
        series[labels] = s
        sortedCache = nil
    }

    /// The latest stored sample of `labels` (a staleness marker included), if any.
    public func lastSample(_ labels: Labels) -> (t: Int64, v: Double)? {
        guard let s = series[labels], let t = s.timestamps.last, let v = s.values.last else { return nil }
        return (t, v)
    }

    /// Whether any sample (or staleness marker) of `labels` is stored.
    public func hasSamples(_ labels: Labels) -> Bool { series[labels] != nil }

    /// Appends a staleness marker.
    public func appendStale(_ labels: Labels, t: Int64) {
        append(labels, t: t, v: Double(bitPattern: staleNaNBits))
    }

    /// All stored series, sorted by labels.
    public var allSeries: [Series] { sortedSeries }

    var sortedSeries: [Series] {
        if let c = sortedCache { return c }
        let c = series.values.sorted { $0.labels < $1.labels }
        sortedCache = c
        return c
    }
}

extension PromQLError {
    /// An evaluation error (no position in the query).
    static func eval(_ message: String) -> PromQLError { .evaluation(message) }
}
