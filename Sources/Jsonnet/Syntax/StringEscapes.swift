/// Decoding of the escapes in `"…"` and `'…'` string literals, with go-jsonnet's messages
/// (which repeat the literal's location inside the message).
enum StringEscapes {
    static func unescape(_ body: ArraySlice<UInt8>, range: SourceRange) throws(StaticError) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(body.count)
        var i = body.startIndex
        let end = body.endIndex
        func fail(_ m: String) -> StaticError {
            StaticError("\(range.description) \(m)", at: range)
        }
        func hex4(_ at: Int) -> Int? {
            guard at + 4 <= end else { return nil }
            var v = 0
            for k in at..<(at + 4) {
                let c = body[k]
                let d: Int
                switch c {
                case 0x30...0x39: d = Int(c) - 0x30
                case 0x61...0x66: d = Int(c) - 0x61 + 10
                case 0x41...0x46: d = Int(c) - 0x41 + 10
                default: return nil
                }
                v = v * 16 + d
            }
            return v
        }
        while i < end {
            let c = body[i]
            if c != UInt8(ascii: "\\") {
                out.append(c)
                i += 1
                continue
            }
            let e = body[i + 1]
            i += 2
            switch e {
            case UInt8(ascii: "\""): out.append(0x22)
            case UInt8(ascii: "'"): out.append(0x27)
            case UInt8(ascii: "\\"): out.append(0x5C)
            case UInt8(ascii: "/"): out.append(0x2F)
            case UInt8(ascii: "b"): out.append(0x08)
            case UInt8(ascii: "f"): out.append(0x0C)
            case UInt8(ascii: "n"): out.append(0x0A)
            case UInt8(ascii: "r"): out.append(0x0D)
            case UInt8(ascii: "t"): out.append(0x09)
            case UInt8(ascii: "u"):
                guard i + 4 <= end else {
                    throw fail("Truncated unicode escape sequence in string literal.")
                }
                guard let cp = hex4(i) else {
                    // go-jsonnet shows the first four bytes of the literal here, not the escape.
                    let shown = String(decoding: body.prefix(4), as: UTF8.self)
                    throw fail("Unicode escape sequence was malformed: \(shown)")
                }
                i += 4
                var scalar = cp
                if cp >= 0xD800 && cp < 0xE000 {
                    // A surrogate takes the following \u escape with it; a bad pair is U+FFFD.
                    guard i + 6 <= end else {
                        throw fail("Truncated unicode surrogate pair escape sequence in string literal.")
                    }
                    guard body[i] == UInt8(ascii: "\\"), body[i + 1] == UInt8(ascii: "u") else {
                        throw fail("Unicode surrogate pair escape sequence missing low surrogate in string literal.")
                    }
                    guard let second = hex4(i + 2) else {
                        let shown = String(decoding: body.prefix(4), as: UTF8.self)
                        throw fail("Unicode low surrogate escape sequence was malformed: \(shown)")
                    }
                    i += 6
                    if cp < 0xDC00 && second >= 0xDC00 && second < 0xE000 {
                        scalar = 0x10000 + ((cp - 0xD800) << 10) + (second - 0xDC00)
                    } else {
                        scalar = 0xFFFD
                    }
                }
                appendUTF8(&out, scalar)
            default:
                var rest = body[(i - 1)...].makeIterator()
                var decoder = UTF8()
                var shown = ""
                if case .scalarValue(let u) = decoder.decode(&rest) { shown = String(Character(u)) }
                throw fail("Unknown escape sequence in string literal: \\\(shown)")
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
