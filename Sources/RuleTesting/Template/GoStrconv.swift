/// Go's `unicode` predicates and simple case mappings, from Swift's Unicode properties.
enum GoUnicode {
    /// `unicode.IsLetter`: general category L.
    static func isLetter(_ s: Unicode.Scalar) -> Bool {
        if s.value < 0x80 {
            let v = s.value | 0x20
            return v >= 0x61 && v <= 0x7A
        }
        switch s.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter: return true
        default: return false
        }
    }

    /// `unicode.IsDigit`: general category Nd.
    static func isDigit(_ s: Unicode.Scalar) -> Bool {
        if s.value < 0x80 { return s.value >= 0x30 && s.value <= 0x39 }
        return s.properties.generalCategory == .decimalNumber
    }

    /// `unicode.IsPrint`: letters, marks, numbers, punctuation, symbols and the ASCII space.
    static func isPrint(_ s: Unicode.Scalar) -> Bool {
        if s.value < 0x80 { return s.value >= 0x20 && s.value < 0x7F }
        switch s.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .nonspacingMark, .spacingMark, .enclosingMark,
             .decimalNumber, .letterNumber, .otherNumber,
             .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
             .initialPunctuation, .finalPunctuation, .otherPunctuation,
             .mathSymbol, .currencySymbol, .modifierSymbol, .otherSymbol:
            return true
        default:
            return false
        }
    }

    /// `unicode.IsSpace`.
    static func isSpace(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x09...0x0D, 0x20, 0x85, 0xA0: return true
        case 0..<0x100: return false
        default: return s.properties.isWhitespace && s.properties.generalCategory != .format
        }
    }

    /// A one-scalar case mapping, or the scalar itself (Go maps rune to rune).
    private static func single(_ mapped: String, _ s: Unicode.Scalar) -> Unicode.Scalar {
        let u = mapped.unicodeScalars
        if u.count == 1 { return u.first! }
        return specialSimple[s.value].flatMap(Unicode.Scalar.init) ?? s
    }

    /// Simple mappings of scalars whose full mapping has several scalars (Greek with ypogegrammeni).
    private static let specialSimple: [UInt32: UInt32] = {
        var m: [UInt32: UInt32] = [:]
        for (a, b) in [(0x1F80, 0x1F88), (0x1F90, 0x1F98), (0x1FA0, 0x1FA8)] {
            for k in 0..<8 { m[UInt32(a + k)] = UInt32(b + k) }
        }
        m[0x1FB3] = 0x1FBC; m[0x1FC3] = 0x1FCC; m[0x1FF3] = 0x1FFC
        return m
    }()

    static func toUpper(_ s: Unicode.Scalar) -> Unicode.Scalar {
        if s.value < 0x80 {
            return (s.value >= 0x61 && s.value <= 0x7A) ? Unicode.Scalar(s.value - 32)! : s
        }
        return single(s.properties.uppercaseMapping, s)
    }

    static func toLower(_ s: Unicode.Scalar) -> Unicode.Scalar {
        if s.value < 0x80 {
            return (s.value >= 0x41 && s.value <= 0x5A) ? Unicode.Scalar(s.value + 32)! : s
        }
        if s.value == 0x130 { return "i" }  // Go's simple mapping of İ
        return single(s.properties.lowercaseMapping, s)
    }

    static func toTitle(_ s: Unicode.Scalar) -> Unicode.Scalar {
        if s.value < 0x80 { return toUpper(s) }
        return single(s.properties.titlecaseMapping, s)
    }
}

/// Go `strconv` behaviour: quoting, unquoting Go literals, parsing numbers.
enum GoStrconv {
    /// `%#U`: `U+0029 ')'`, without the character when it is not printable.
    static func runeDescription(_ r: UInt32) -> String {
        var hex = String(r, radix: 16, uppercase: true)
        while hex.count < 4 { hex = "0" + hex }
        if let s = Unicode.Scalar(r), GoUnicode.isPrint(s) {
            return "U+\(hex) '\(Character(s))'"
        }
        return "U+\(hex)"
    }

    private static func hex(_ v: UInt32, digits: Int) -> String {
        var h = String(v, radix: 16)
        while h.count < digits { h = "0" + h }
        return h
    }

    /// Appends the escaped form of `s` (not a quote or backslash) as Go's quoting does.
    private static func appendEscaped(_ s: Unicode.Scalar, quote: Character, asciiOnly: Bool, to out: inout String) {
        let v = s.value
        if GoBytes.isRawByte(s) {
            out += "\\x" + hex(v - GoBytes.base, digits: 2)
            return
        }
        if Character(s) == quote || s == "\\" {
            out.append("\\"); out.unicodeScalars.append(s); return
        }
        if asciiOnly {
            if v < 0x80 && GoUnicode.isPrint(s) { out.unicodeScalars.append(s); return }
        } else if GoUnicode.isPrint(s) {
            out.unicodeScalars.append(s); return
        }
        switch v {
        case 0x07: out += "\\a"
        case 0x08: out += "\\b"
        case 0x0C: out += "\\f"
        case 0x0A: out += "\\n"
        case 0x0D: out += "\\r"
        case 0x09: out += "\\t"
        case 0x0B: out += "\\v"
        default:
            if v < 0x20 || v == 0x7F {
                out += "\\x" + hex(v, digits: 2)
            } else if v < 0x10000 {
                out += "\\u" + hex(v, digits: 4)
            } else {
                out += "\\U" + hex(v, digits: 8)
            }
        }
    }

    /// `strconv.Quote`.
    static func quote(_ s: String) -> String {
        var out = "\""
        for u in s.unicodeScalars { appendEscaped(u, quote: "\"", asciiOnly: false, to: &out) }
        out += "\""
        return out
    }

    /// `strconv.QuoteToASCII`.
    static func quoteToASCII(_ s: String) -> String {
        var out = "\""
        for u in s.unicodeScalars { appendEscaped(u, quote: "\"", asciiOnly: true, to: &out) }
        out += "\""
        return out
    }

    /// `strconv.QuoteRune` / `QuoteRuneToASCII` (an invalid rune is U+FFFD).
    static func quoteRune(_ r: UInt32, asciiOnly: Bool = false) -> String {
        let s = Unicode.Scalar(r) ?? "\u{FFFD}"
        var out = "'"
        appendEscaped(s, quote: "'", asciiOnly: asciiOnly, to: &out)
        out += "'"
        return out
    }

    /// `strconv.CanBackquote`: one line, no control characters other than tab, no backquote.
    static func canBackquote(_ s: String) -> Bool {
        for u in s.unicodeScalars {
            if u == "`" || u == "\u{FEFF}" || GoBytes.isRawByte(u) { return false }
            if u.value < 0x20 && u != "\t" { return false }
            if u.value == 0x7F { return false }
        }
        return true
    }

    // MARK: - Unquoting Go literals

    /// Reads one (possibly escaped) character of a Go literal quoted with `quote` from `u` at
    /// `i`: the bytes it stands for (a `\x`/octal escape is one raw byte) and the next index.
    private static func unquoteChar(_ u: [Unicode.Scalar], _ i: Int, quote: Unicode.Scalar) -> ([UInt8], Int, UInt32)? {
        let c = u[i]
        if c == quote && (quote == "'" || quote == "\"") { return nil }
        if c != "\\" {
            if GoBytes.isRawByte(c) { return ([UInt8(c.value - GoBytes.base)], i + 1, 0xFFFD) }
            return (Array(String(Character(c)).utf8), i + 1, c.value)
        }
        guard i + 1 < u.count else { return nil }
        let e = u[i + 1]
        var j = i + 2
        switch e {
        case "a": return ([7], j, 7)
        case "b": return ([8], j, 8)
        case "f": return ([12], j, 12)
        case "n": return ([10], j, 10)
        case "r": return ([13], j, 13)
        case "t": return ([9], j, 9)
        case "v": return ([11], j, 11)
        case "\\": return ([92], j, 92)
        case "'", "\"":
            guard e == quote else { return nil }
            return ([UInt8(e.value)], j, e.value)
        case "x", "u", "U":
            let n = e == "x" ? 2 : (e == "u" ? 4 : 8)
            guard j + n <= u.count else { return nil }
            var v: UInt32 = 0
            for k in 0..<n {
                guard let d = UInt32(String(u[j + k]), radix: 16), u[j + k].isASCII else { return nil }
                v = v * 16 + d
            }
            j += n
            if e == "x" { return ([UInt8(v)], j, v) }
            guard let s = Unicode.Scalar(v) else { return nil }
            return (Array(String(Character(s)).utf8), j, v)
        case "0"..."7":
            guard i + 4 <= u.count else { return nil }
            var v: UInt32 = 0
            for k in 1...3 {
                let d = u[i + k]
                guard d.value >= 0x30 && d.value <= 0x37 else { return nil }
                v = v * 8 + (d.value - 0x30)
            }
            guard v <= 255 else { return nil }
            j = i + 4
            return ([UInt8(v)], j, v)
        default:
            return nil
        }
    }

    /// `strconv.Unquote` of a template string token (`"…"` or `` `…` ``); nil on invalid syntax.
    static func unquote(_ token: String) -> String? {
        let u = Array(token.unicodeScalars)
        guard u.count >= 2, u.first == u.last else { return nil }
        if u[0] == "`" {
            var out = String.UnicodeScalarView()
            for s in u[1..<(u.count - 1)] {
                if s == "`" { return nil }
                if s != "\r" { out.append(s) }
            }
            return String(out)
        }
        guard u[0] == "\"" else { return nil }
        var bytes: [UInt8] = []
        var i = 1
        let end = u.count - 1
        while i < end {
            if u[i] == "\n" { return nil }
            guard let (b, next, _) = unquoteChar(Array(u[0..<end]), i, quote: "\"") else { return nil }
            bytes += b
            i = next
        }
        return GoBytes.string(bytes)
    }

    /// The rune of a character constant token (`'a'`, `'\n'`); `.malformed` when more follows
    /// the first character, nil when the escape is invalid.
    enum CharResult { case rune(UInt32), malformed, invalid }

    static func unquoteCharConstant(_ token: String) -> CharResult {
        let u = Array(token.unicodeScalars)
        guard u.count >= 2 else { return .invalid }
        guard let (_, next, v) = unquoteChar(u, 1, quote: "'") else { return .invalid }
        if next != u.count - 1 || u[next] != "'" { return .malformed }
        return .rune(v)
    }

    // MARK: - Parsing numbers

    /// Go's rule for `_` in number literals: only between digits, or between a base prefix
    /// and a digit.
    static func underscoreOK(_ s: String) -> Bool {
        var u = Array(s.utf8)
        if let f = u.first, f == UInt8(ascii: "+") || f == UInt8(ascii: "-") { u.removeFirst() }
        var saw: UInt8 = UInt8(ascii: "^")
        var i = 0
        var hex = false
        if u.count >= 2, u[0] == UInt8(ascii: "0") {
            let c = u[1] | 0x20
            if c == UInt8(ascii: "b") || c == UInt8(ascii: "o") || c == UInt8(ascii: "x") {
                i = 2
                saw = UInt8(ascii: "0")
                hex = c == UInt8(ascii: "x")
            }
        }
        while i < u.count {
            let c = u[i]
            let isDigit = (c >= 0x30 && c <= 0x39) || (hex && ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x66))
            if isDigit {
                saw = UInt8(ascii: "0")
            } else if c == UInt8(ascii: "_") {
                if saw != UInt8(ascii: "0") { return false }
                saw = UInt8(ascii: "_")
            } else {
                if saw == UInt8(ascii: "_") { return false }
                saw = UInt8(ascii: "!")
            }
            i += 1
        }
        return saw != UInt8(ascii: "_")
    }

    /// `strconv.ParseUint(s, 0, 64)`.
    static func parseUint(_ s: String) -> UInt64? {
        if s.isEmpty { return nil }
        var body = Substring(s)
        var base = 10
        if body.hasPrefix("0") && body.count > 1 {
            let second = body[body.index(after: body.startIndex)]
            switch second {
            case "x", "X": base = 16; body = body.dropFirst(2)
            case "o", "O": base = 8; body = body.dropFirst(2)
            case "b", "B": base = 2; body = body.dropFirst(2)
            default: base = 8; body = body.dropFirst(1)
            }
        }
        if s.contains("_") {
            guard underscoreOK(s) else { return nil }
            body = Substring(body.filter { $0 != "_" })
        }
        guard !body.isEmpty, body.allSatisfy({ $0.isASCII && $0.isHexDigit }) else { return nil }
        return UInt64(body, radix: base)
    }

    /// `strconv.ParseInt(s, 0, 64)`.
    static func parseInt(_ s: String) -> Int64? {
        var body = s
        var negative = false
        if body.hasPrefix("+") || body.hasPrefix("-") {
            negative = body.hasPrefix("-")
            body.removeFirst()
        }
        guard let u = parseUint(body) else { return nil }
        if negative {
            if u > UInt64(Int64.max) + 1 { return nil }
            return u == UInt64(Int64.max) + 1 ? Int64.min : -Int64(u)
        }
        if u > UInt64(Int64.max) { return nil }
        return Int64(u)
    }

    /// Why `strconv.ParseFloat` failed.
    enum FloatError: Error { case syntax, range }

    /// `strconv.ParseFloat(s, 64)`: decimal and hexadecimal (`0x1p-2`) forms, `_` separators
    /// after a base prefix, `inf`/`infinity`/`nan` in any case; out-of-range values are an error.
    static func parseFloat(_ s: String) -> Result<Double, FloatError> {
        var body = Substring(s)
        var sign: Double = 1
        if body.hasPrefix("+") || body.hasPrefix("-") {
            if body.hasPrefix("-") { sign = -1 }
            body = body.dropFirst()
        }
        let lower = body.lowercased()
        if lower == "inf" || lower == "infinity" { return .success(sign * .infinity) }
        if lower == "nan" && s.count == body.count { return .success(.nan) }
        let isHex = lower.hasPrefix("0x")
        var text = String(body)
        if text.contains("_") {
            guard underscoreOK(text) else { return .failure(.syntax) }
            text = text.filter { $0 != "_" }
        }
        if isHex {
            // Mantissa hex digits with an optional point, then a mandatory p exponent.
            let chars = Array(text.dropFirst(2))
            var i = 0
            var mant: [Character] = []
            var sawDigit = false
            var sawPoint = false
            while i < chars.count, chars[i].isHexDigit || (chars[i] == "." && !sawPoint) {
                if chars[i] == "." { sawPoint = true } else { sawDigit = true }
                mant.append(chars[i])
                i += 1
            }
            guard sawDigit, i < chars.count, chars[i] == "p" || chars[i] == "P" else { return .failure(.syntax) }
            i += 1
            var expText = ""
            if i < chars.count, chars[i] == "+" || chars[i] == "-" { expText.append(chars[i]); i += 1 }
            var sawExpDigit = false
            while i < chars.count, chars[i].isASCII, chars[i].isNumber { expText.append(chars[i]); i += 1; sawExpDigit = true }
            guard sawExpDigit, i == chars.count else { return .failure(.syntax) }
            guard let v = Double("0x" + String(mant) + "p" + expText) else { return .failure(.syntax) }
            if v.isInfinite { return .failure(.range) }
            return .success(sign * v)
        }
        // Decimal: digits [. digits] [e [sign] digits], at least one mantissa digit.
        let chars = Array(text)
        var i = 0
        var sawDigit = false
        while i < chars.count, chars[i].isASCII, chars[i].isNumber { i += 1; sawDigit = true }
        if i < chars.count, chars[i] == "." {
            i += 1
            while i < chars.count, chars[i].isASCII, chars[i].isNumber { i += 1; sawDigit = true }
        }
        guard sawDigit else { return .failure(.syntax) }
        if i < chars.count, chars[i] == "e" || chars[i] == "E" {
            i += 1
            if i < chars.count, chars[i] == "+" || chars[i] == "-" { i += 1 }
            var sawExp = false
            while i < chars.count, chars[i].isASCII, chars[i].isNumber { i += 1; sawExp = true }
            guard sawExp else { return .failure(.syntax) }
        }
        guard i == chars.count else { return .failure(.syntax) }
        guard let v = Double(text) else { return .failure(.syntax) }
        if v.isInfinite { return .failure(.range) }
        return .success(sign * v)
    }
}
