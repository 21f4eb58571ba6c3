import YAML

/// A strict JSON reader for the values held in ConfigMaps (Grafana dashboards): RFC 8259
/// text to a plain value, or nil when the text is not JSON (or nests deeper than `maxDepth`).
/// Duplicate keys keep the last value, as Grafana's reader does.
struct JSONReader {
    static let maxDepth = 512

    static func parse(_ text: String) -> YAMLEmitValue? {
        var r = JSONReader(bytes: Array(text.utf8))
        r.skipSpace()
        guard let v = r.value(depth: 0) else { return nil }
        r.skipSpace()
        return r.pos == r.bytes.count ? v : nil
    }

    private let bytes: [UInt8]
    private var pos = 0

    private init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    private var peek: UInt8? { pos < bytes.count ? bytes[pos] : nil }

    private mutating func skipSpace() {
        while let c = peek, c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D { pos += 1 }
    }

    private mutating func literal(_ word: String, _ v: YAMLEmitValue) -> YAMLEmitValue? {
        let w = Array(word.utf8)
        guard pos + w.count <= bytes.count, Array(bytes[pos..<pos + w.count]) == w else { return nil }
        pos += w.count
        return v
    }

    private mutating func value(depth: Int) -> YAMLEmitValue? {
        guard depth < JSONReader.maxDepth, let c = peek else { return nil }
        switch c {
        case UInt8(ascii: "{"):
            pos += 1
            var o: [String: YAMLEmitValue] = [:]
            skipSpace()
            if peek == UInt8(ascii: "}") { pos += 1; return .object(o) }
            while true {
                skipSpace()
                guard peek == UInt8(ascii: "\""), let key = string() else { return nil }
                skipSpace()
                guard peek == UInt8(ascii: ":") else { return nil }
                pos += 1
                skipSpace()
                guard let v = value(depth: depth + 1) else { return nil }
                o[key] = v
                skipSpace()
                if peek == UInt8(ascii: ",") { pos += 1; continue }
                if peek == UInt8(ascii: "}") { pos += 1; return .object(o) }
                return nil
            }
        case UInt8(ascii: "["):
            pos += 1
            var a: [YAMLEmitValue] = []
            skipSpace()
            if peek == UInt8(ascii: "]") { pos += 1; return .array(a) }
            while true {
                skipSpace()
                guard let v = value(depth: depth + 1) else { return nil }
                a.append(v)
                skipSpace()
                if peek == UInt8(ascii: ",") { pos += 1; continue }
                if peek == UInt8(ascii: "]") { pos += 1; return .array(a) }
                return nil
            }
        case UInt8(ascii: "\""):
            return string().map(YAMLEmitValue.string)
        case UInt8(ascii: "t"): return literal("true", .bool(true))
        case UInt8(ascii: "f"): return literal("false", .bool(false))
        case UInt8(ascii: "n"): return literal("null", .null)
        default: return number()
        }
    }

    private mutating func number() -> YAMLEmitValue? {
        let start = pos
        func digits() -> Int {
            let s = pos
            while let c = peek, c >= 0x30 && c <= 0x39 { pos += 1 }
            return pos - s
        }
        if peek == UInt8(ascii: "-") { pos += 1 }
        let intStart = pos
        let n = digits()
        guard n > 0, !(n > 1 && bytes[intStart] == 0x30) else { return nil }
        if peek == UInt8(ascii: ".") {
            pos += 1
            guard digits() > 0 else { return nil }
        }
        if peek == UInt8(ascii: "e") || peek == UInt8(ascii: "E") {
            pos += 1
            if peek == UInt8(ascii: "+") || peek == UInt8(ascii: "-") { pos += 1 }
            guard digits() > 0 else { return nil }
        }
        guard let d = Double(String(decoding: bytes[start..<pos], as: UTF8.self)) else { return nil }
        return .number(d)
    }

    /// A string starting at the opening quote.
    private mutating func string() -> String? {
        pos += 1
        var out: [UInt8] = []
        while let c = peek {
            pos += 1
            switch c {
            case UInt8(ascii: "\""):
                return String(validating: out, as: UTF8.self)
            case UInt8(ascii: "\\"):
                guard let e = peek else { return nil }
                pos += 1
                switch e {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out.append(e)
                case UInt8(ascii: "b"): out.append(0x08)
                case UInt8(ascii: "f"): out.append(0x0C)
                case UInt8(ascii: "n"): out.append(0x0A)
                case UInt8(ascii: "r"): out.append(0x0D)
                case UInt8(ascii: "t"): out.append(0x09)
                case UInt8(ascii: "u"):
                    guard var scalar = hex4() else { return nil }
                    if scalar >= 0xD800 && scalar < 0xDC00 {
                        // A high surrogate must be followed by an escaped low one.
                        guard peek == UInt8(ascii: "\\"), pos + 1 < bytes.count, bytes[pos + 1] == UInt8(ascii: "u") else { return nil }
                        pos += 2
                        guard let low = hex4(), low >= 0xDC00 && low < 0xE000 else { return nil }
                        scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                    } else if scalar >= 0xDC00 && scalar < 0xE000 {
                        return nil
                    }
                    guard let u = Unicode.Scalar(scalar) else { return nil }
                    out.append(contentsOf: Array(String(Character(u)).utf8))
                default:
                    return nil
                }
            default:
                if c < 0x20 { return nil }
                out.append(c)
            }
        }
        return nil
    }

    private mutating func hex4() -> UInt32? {
        guard pos + 4 <= bytes.count else { return nil }
        var v: UInt32 = 0
        for _ in 0..<4 {
            let c = bytes[pos]
            let d: UInt32
            switch c {
            case 0x30...0x39: d = UInt32(c - 0x30)
            case 0x41...0x46: d = UInt32(c - 0x41 + 10)
            case 0x61...0x66: d = UInt32(c - 0x61 + 10)
            default: return nil
            }
            v = v * 16 + d
            pos += 1
        }
        return v
    }
}
