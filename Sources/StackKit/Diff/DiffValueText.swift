import YAML

/// Values as one line of text for a diff: strings quoted as JSON, numbers without a needless
/// fraction, lists and objects as compact JSON with sorted keys, cut at `limit` characters.
enum DiffValueText {
    static let limit = 160

    /// The value on one line, at most `limit` characters (a longer one ends in `…`).
    static func short(_ v: YAMLEmitValue, limit: Int = limit) -> String {
        let s = compact(v)
        guard s.count > limit else { return s }
        return String(s.prefix(limit)) + "…"
    }

    /// Compact JSON, keys in byte order.
    static func compact(_ v: YAMLEmitValue) -> String {
        var out = ""
        write(v, into: &out)
        return out
    }

    private static func write(_ v: YAMLEmitValue, into out: inout String) {
        switch v {
        case .null: out += "null"
        case .bool(let b): out += b ? "true" : "false"
        case .number(let d): out += number(d)
        case .string(let s): JSONEmitter.quote(s, into: &out)
        case .array(let items):
            out += "["
            for (i, item) in items.enumerated() {
                if i > 0 { out += "," }
                write(item, into: &out)
            }
            out += "]"
        case .object(let fields):
            out += "{"
            for (i, k) in fields.keys.sorted(by: ValueDiff.byteOrder).enumerated() {
                if i > 0 { out += "," }
                JSONEmitter.quote(k, into: &out)
                out += ":"
                if let value = fields[k] { write(value, into: &out) }
            }
            out += "}"
        }
    }

    /// An integer without a fraction, other numbers in Swift's shortest round-trip form.
    static func number(_ d: Double) -> String {
        if d.isFinite && d == d.rounded() && Swift.abs(d) < 1e15 { return String(Int64(d)) }
        return "\(d)"
    }

    /// A scalar that fits on one line (not a list, object or multi-line string), else nil.
    static func inline(_ v: YAMLEmitValue?) -> String? {
        switch v {
        case .array?, .object?, nil: return nil
        case .string(let s)? where s.contains("\n"): return nil
        case let v?: return short(v)
        }
    }
}
