/// A `*template.sample` of Prometheus' template package: one query result. A class, since Go
/// hands out pointers (sorting a result reorders what every holder sees; `eq` compares identity).
final class TemplateSampleBox: @unchecked Sendable {
    let labels: [String: String]
    let value: Double
    init(labels: [String: String], value: Double) {
        self.labels = labels
        self.value = value
    }
}

/// The array behind a `template.queryResult` slice (shared by its reslicings, like Go's).
final class QueryBacking: @unchecked Sendable {
    var samples: [TemplateSampleBox]
    init(_ samples: [TemplateSampleBox]) { self.samples = samples }
}

/// A Go slice `template.queryResult`: a window on a backing array with Go's length and capacity.
struct QuerySlice {
    var backing: QueryBacking?  // nil for a nil slice
    var start: Int
    var count: Int
    var cap: Int

    static let nilSlice = QuerySlice(backing: nil, start: 0, count: 0, cap: 0)

    init(backing: QueryBacking?, start: Int, count: Int, cap: Int) {
        self.backing = backing
        self.start = start
        self.count = count
        self.cap = cap
    }

    init(_ samples: [TemplateSampleBox]) {
        self.init(backing: QueryBacking(samples), start: 0, count: samples.count, cap: samples.count)
    }

    var elements: ArraySlice<TemplateSampleBox> {
        guard let b = backing else { return [] }
        return b.samples[start..<(start + count)]
    }

    func element(_ i: Int) -> TemplateSampleBox { backing!.samples[start + i] }
}

/// The data alert templates execute with (Prometheus' `AlertTemplateData` struct).
struct AlertTemplateData {
    var labels: [String: String]
    var externalLabels: [String: String]
    var externalURL: String
    var value: Double

    static let typeName = "struct { Labels map[string]string; ExternalLabels map[string]string; ExternalURL string; Value float64 }"
}

/// A `time.Time` in UTC: whole seconds since the Unix epoch and nanoseconds.
struct GoTime: Equatable {
    var seconds: Int64
    var nanos: Int64
}

/// What a `*time.Time` points at (a class: pointers compare by identity).
final class GoTimeBox: @unchecked Sendable {
    let time: GoTime
    init(_ time: GoTime) { self.time = time }
}

/// Reflection kinds, as `text/template` and `fmt` dispatch on them.
enum GoKind { case invalid, bool, int, uint, float, complex, string, map, structure, pointer, slice, interface }

/// A Go value as templates handle it: the types that Prometheus' template data and functions
/// produce, plus Go's untyped constants.
indirect enum GoValue {
    /// The zero `reflect.Value` (printed as `<no value>`).
    case invalid
    /// A value held in an `interface{}` slot (an element of `map[string]interface{}`); nil for
    /// a nil interface.
    case iface(GoValue?)
    case bool(Bool)
    case int(Int)
    case int64(Int64)
    case uint8(UInt8)
    case float(Double)
    case complex(Double, Double)
    case string(String)
    /// `html/template.HTML`, what `safeHtml` returns.
    case html(String)
    case stringMap([String: String])
    /// `map[string]interface{}` (what `args` returns); elements are the dynamic values, a nil
    /// interface stored as `.iface(nil)`.
    case anyMap([String: GoValue])
    case data(AlertTemplateData)
    /// `*template.sample`; nil for a nil pointer.
    case sample(TemplateSampleBox?)
    /// `template.sample`, the struct a sample pointer points at.
    case sampleValue(TemplateSampleBox)
    case queryResult(QuerySlice)
    /// `*time.Time` (never nil here).
    case timePointer(GoTimeBox)
    case time(GoTime)
    case month(Int)
    case weekday(Int)

    var kind: GoKind {
        switch self {
        case .invalid: return .invalid
        case .iface: return .interface
        case .bool: return .bool
        case .int, .int64, .month, .weekday: return .int
        case .uint8: return .uint
        case .float: return .float
        case .complex: return .complex
        case .string, .html: return .string
        case .stringMap, .anyMap: return .map
        case .data, .sampleValue, .time: return .structure
        case .sample, .timePointer: return .pointer
        case .queryResult: return .slice
        }
    }

    /// Go's name for the value's type, as `%T` and error messages print it.
    var typeName: String {
        switch self {
        case .invalid: return "<nil>"
        case .iface: return "interface {}"
        case .bool: return "bool"
        case .int: return "int"
        case .int64: return "int64"
        case .uint8: return "uint8"
        case .float: return "float64"
        case .complex: return "complex128"
        case .string: return "string"
        case .html: return "template.HTML"
        case .stringMap: return "map[string]string"
        case .anyMap: return "map[string]interface {}"
        case .data: return AlertTemplateData.typeName
        case .sample: return "*template.sample"
        case .sampleValue: return "template.sample"
        case .queryResult: return "template.queryResult"
        case .timePointer: return "*time.Time"
        case .time: return "time.Time"
        case .month: return "time.Month"
        case .weekday: return "time.Weekday"
        }
    }

    /// The value inside an interface (`reflect.Value.Elem`); `.invalid` for a nil interface.
    var unwrapped: GoValue {
        if case .iface(let v) = self { return v?.unwrapped ?? .invalid }
        return self
    }

    /// Whether the value is a nil pointer, map, slice or interface.
    var isNil: Bool {
        switch self {
        case .iface(let v): return v == nil
        case .sample(let s): return s == nil
        case .queryResult(let q): return q.backing == nil
        default: return false
        }
    }

    /// Follows pointers and interfaces as `text/template`'s `indirect` does: the value reached
    /// and whether a nil was met on the way (then the nil value itself is returned).
    var indirect: (GoValue, Bool) {
        switch self {
        case .iface(let v):
            guard let v else { return (self, true) }
            return v.indirect
        case .sample(let s):
            guard let s else { return (self, true) }
            return (.sampleValue(s), false)
        case .timePointer(let t):
            return (.time(t.time), false)
        default:
            return (self, false)
        }
    }

    /// Go's truth of a value: false for zero numbers, empty strings/maps/slices, nil pointers and
    /// interfaces; structs are always true. An invalid value is false.
    var truth: Bool {
        switch self {
        case .invalid: return false
        case .iface(let v): return v != nil
        case .bool(let b): return b
        case .int(let i): return i != 0
        case .int64(let i): return i != 0
        case .month(let i), .weekday(let i): return i != 0
        case .uint8(let u): return u != 0
        case .float(let f): return f != 0
        case .complex(let r, let i): return r != 0 || i != 0
        case .string(let s), .html(let s): return !s.isEmpty
        case .stringMap(let m): return !m.isEmpty
        case .anyMap(let m): return !m.isEmpty
        case .data, .sampleValue, .time: return true
        case .sample(let s): return s != nil
        case .queryResult(let q): return q.count > 0
        case .timePointer: return true
        }
    }

    /// The length of a string (bytes), map or slice; nil for other kinds.
    var length: Int? {
        switch self {
        case .string(let s), .html(let s): return GoBytes.count(s)
        case .stringMap(let m): return m.count
        case .anyMap(let m): return m.count
        case .queryResult(let q): return q.count
        default: return nil
        }
    }
}
