/// Splits a PromQL query into ``PromQLToken``s, one at a time.
///
/// Recognises identifiers (metric names may contain `:`), numbers (decimal, hexadecimal,
/// exponent; `Inf`/`NaN` come out as identifiers), durations (`1h30m`, `500ms`), strings in
/// `"…"` and `'…'` with Go escapes and raw `` `…` `` strings, operators and punctuation.
/// `#` starts a comment that runs to the end of the line.
public struct PromQLLexer {
    let bytes: [UInt8]
    var pos = 0
    /// Inside `{…}` only label names, strings, matching operators and commas may appear.
    var insideBraces = false
    var parenDepth = 0
    var bracketDepth = 0

    /// A lexer over `query`.
    public init(_ query: String) { self.bytes = Array(query.utf8) }
    init(bytes: [UInt8]) { self.bytes = bytes }

    func error(_ message: String, at position: Int) -> PromQLError {
        PromQLError(message, position: position, in: bytes)
    }

    static func isDigit(_ c: UInt8) -> Bool { c >= 48 && c <= 57 }
    static func isAlpha(_ c: UInt8) -> Bool { (c | 0x20) >= 97 && (c | 0x20) <= 122 || c == 95 }
    static func isHex(_ c: UInt8) -> Bool { isDigit(c) || ((c | 0x20) >= 97 && (c | 0x20) <= 102) }
    static func isIdentStart(_ c: UInt8) -> Bool { isAlpha(c) || c == 58 }
    static func isIdentPart(_ c: UInt8) -> Bool { isAlpha(c) || isDigit(c) || c == 58 }
    static let durationUnits: Set<UInt8> = Set("smhdwy".utf8)

    func peekByte(_ offset: Int = 0) -> UInt8? {
        pos + offset < bytes.count ? bytes[pos + offset] : nil
    }

    func text(_ from: Int, _ to: Int) -> String { String(decoding: bytes[from..<to], as: UTF8.self) }

    /// The next token; `.eof` at the end of the query.
    public mutating func next() throws(PromQLError) -> PromQLToken {
        skipSpaceAndComments()
        let start = pos
        guard let c = peekByte() else {
            if insideBraces { throw error("unexpected end of input inside braces", at: pos) }
            if parenDepth > 0 { throw error("unclosed left parenthesis", at: pos) }
            if bracketDepth > 0 {
                let justOpened = pos > 0 && bytes[pos - 1] == UInt8(ascii: "[")
                throw error(justOpened ? "missing unit character in duration" : "unclosed left bracket", at: pos)
            }
            return PromQLToken(kind: .eof, text: "", position: pos)
        }
        if insideBraces { return try nextInsideBraces(c) }
        func single(_ kind: PromQLToken.Kind, _ length: Int = 1) -> PromQLToken {
            pos += length
            return PromQLToken(kind: kind, text: text(start, pos), position: start)
        }
        switch c {
        case UInt8(ascii: "("): parenDepth += 1; return single(.leftParen)
        case UInt8(ascii: "{"): insideBraces = true; return single(.leftBrace)
        case UInt8(ascii: "}"): throw error("unexpected character: '}'", at: start)
        case UInt8(ascii: ")"):
            if parenDepth == 0 { throw error("unexpected right parenthesis ')'", at: start + 1) }
            parenDepth -= 1
            return single(.rightParen)
        case UInt8(ascii: "["): bracketDepth += 1; return single(.leftBracket)
        case UInt8(ascii: "]"):
            if bracketDepth == 0 { throw error("unexpected right bracket ']'", at: start) }
            bracketDepth -= 1
            return single(.rightBracket)
        case UInt8(ascii: ","): return single(.comma)
        case UInt8(ascii: "@"): return single(.at)
        case UInt8(ascii: "+"): return single(.add)
        case UInt8(ascii: "-"): return single(.sub)
        case UInt8(ascii: "*"): return single(.mul)
        case UInt8(ascii: "/"): return single(.div)
        case UInt8(ascii: "%"): return single(.mod)
        case UInt8(ascii: "^"): return single(.pow)
        case UInt8(ascii: "="):
            if peekByte(1) == UInt8(ascii: "=") { return single(.eql, 2) }
            if peekByte(1) == UInt8(ascii: "~") { throw error("unexpected character after '=': '~'", at: start) }
            return single(.assign)
        case UInt8(ascii: "!"):
            if peekByte(1) == UInt8(ascii: "=") { return single(.neq, 2) }
            if peekByte(1) == UInt8(ascii: "~") { return single(.neqRegex, 2) }
            if peekByte(1) != nil {
                throw error("unexpected character after '!': \(scalarText(at: start + 1))", at: start)
            }
            _ = c
            throw error("unexpected character after '!': '\u{FFFD}'", at: start)
        case UInt8(ascii: "<"):
            return peekByte(1) == UInt8(ascii: "=") ? single(.lte, 2) : single(.lss)
        case UInt8(ascii: ">"):
            return peekByte(1) == UInt8(ascii: "=") ? single(.gte, 2) : single(.gtr)
        case UInt8(ascii: "\""), UInt8(ascii: "'"):
            return try lexString(quote: c)
        case UInt8(ascii: "`"):
            return try lexRawString()
        case UInt8(ascii: ":"):
            // A lone colon separates a subquery's range from its step; `:foo` is a metric name.
            if let n = peekByte(1), Self.isIdentStart(n) { return lexIdentifier() }
            return single(.colon)
        default:
            if Self.isDigit(c) || (c == UInt8(ascii: ".") && peekByte(1).map(Self.isDigit) == true) {
                return try lexNumberOrDuration()
            }
            if Self.isIdentStart(c) { return lexIdentifier() }
            throw error("unexpected character: \(scalarText(at: start))", at: start)
        }
    }

    mutating func nextInsideBraces(_ c: UInt8) throws(PromQLError) -> PromQLToken {
        let start = pos
        func single(_ kind: PromQLToken.Kind, _ length: Int = 1) -> PromQLToken {
            pos += length
            return PromQLToken(kind: kind, text: text(start, pos), position: start)
        }
        switch c {
        case UInt8(ascii: "}"): insideBraces = false; return single(.rightBrace)
        case UInt8(ascii: ","): return single(.comma)
        case UInt8(ascii: "="):
            return peekByte(1) == UInt8(ascii: "~") ? single(.eqlRegex, 2) : single(.assign)
        case UInt8(ascii: "!"):
            if peekByte(1) == UInt8(ascii: "=") { return single(.neq, 2) }
            if peekByte(1) == UInt8(ascii: "~") { return single(.neqRegex, 2) }
            let what = peekByte(1) == nil ? "'\u{FFFD}'" : scalarText(at: start + 1)
            throw error("unexpected character after '!' inside braces: \(what)", at: start)
        case UInt8(ascii: "\""), UInt8(ascii: "'"): return try lexString(quote: c)
        case UInt8(ascii: "`"): return try lexRawString()
        default:
            if Self.isAlpha(c) {
                while let d = peekByte(), Self.isAlpha(d) || Self.isDigit(d) { pos += 1 }
                return PromQLToken(kind: .identifier, text: text(start, pos), position: start)
            }
            throw error("unexpected character inside braces: \(scalarText(at: start))", at: start)
        }
    }

    /// Go's `%q` of the character at `offset`: `'x'`.
    func scalarText(at offset: Int) -> String {
        var end = offset + 1
        while end < bytes.count, bytes[end] & 0xC0 == 0x80 { end += 1 }
        let s = text(offset, end)
        if s == "'" { return "'\\''" }
        if s == "\\" { return "'\\\\'" }
        return "'\(s)'"
    }

    mutating func skipSpaceAndComments() {
        while let c = peekByte() {
            if c == 32 || c == 9 || c == 10 || c == 13 {
                pos += 1
            } else if c == UInt8(ascii: "#") {
                while let d = peekByte(), d != 10 { pos += 1 }
            } else {
                break
            }
        }
    }

    mutating func lexIdentifier() -> PromQLToken {
        let start = pos
        while let c = peekByte(), Self.isIdentPart(c) { pos += 1 }
        return PromQLToken(kind: .identifier, text: text(start, pos), position: start)
    }

    mutating func lexNumberOrDuration() throws(PromQLError) -> PromQLToken {
        let start = pos
        func isAlnum(_ c: UInt8) -> Bool { Self.isAlpha(c) || Self.isDigit(c) }
        var hex = false
        if bytes[pos] == UInt8(ascii: "0"), let x = peekByte(1), x | 0x20 == UInt8(ascii: "x") {
            hex = true
            pos += 2
            while let c = peekByte(), Self.isHex(c) { pos += 1 }
        } else {
            while let c = peekByte(), Self.isDigit(c) { pos += 1 }
            if pos > start, let u = peekByte(), Self.durationUnits.contains(u) {
                // A duration: digits and units; it must end with a unit.
                while let c = peekByte(), Self.isDigit(c) || Self.durationUnits.contains(c) { pos += 1 }
                let last = bytes[pos - 1]
                if Self.isDigit(last) || peekByte().map(isAlnum) == true {
                    throw error("bad number or duration syntax: \"\(text(start, pos))\"", at: start)
                }
                return PromQLToken(kind: .duration, text: text(start, pos), position: start)
            }
            if peekByte() == UInt8(ascii: ".") {
                pos += 1
                while let c = peekByte(), Self.isDigit(c) { pos += 1 }
            }
            if let e = peekByte(), e | 0x20 == UInt8(ascii: "e") {
                pos += 1
                if let sign = peekByte(), sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") { pos += 1 }
                while let c = peekByte(), Self.isDigit(c) { pos += 1 }
            }
        }
        if let c = peekByte(), isAlnum(c) {
            throw error("bad number or duration syntax: \"\(text(start, pos))\"", at: start)
        }
        let t = text(start, pos)
        if Self.numberValue(t) == nil {
            throw error("error parsing number: strconv.ParseFloat: parsing \(goQuote(t)): invalid syntax", at: start)
        }
        _ = hex
        return PromQLToken(kind: .number, text: t, position: start)
    }

    /// The value of a number token: Go's `ParseInt(s, 0, 64)` (decimal, `0x` hex, leading-zero
    /// octal) first, then `ParseFloat`; `Inf`/`NaN` in any case.
    static func numberValue(_ text: String) -> Double? {
        let lower = text.lowercased()
        if lower == "inf" || lower == "+inf" { return .infinity }
        if lower == "-inf" { return -.infinity }
        if lower == "nan" { return .nan }
        if lower.hasPrefix("0x") { return UInt64(lower.dropFirst(2), radix: 16).map { Double($0) } }
        if lower.count > 1, lower.hasPrefix("0"), lower.allSatisfy({ $0.isASCII && $0.isNumber }) {
            return Int64(lower.dropFirst(), radix: 8).map { Double($0) } ?? Double(lower)
        }
        guard let last = lower.last, last.isNumber || last == "." else { return nil }
        return Double(lower)
    }

    mutating func lexRawString() throws(PromQLError) -> PromQLToken {
        let start = pos
        pos += 1
        while let c = peekByte(), c != UInt8(ascii: "`") { pos += 1 }
        guard peekByte() != nil else { throw error("unterminated raw string", at: start) }
        pos += 1
        return PromQLToken(kind: .string, text: text(start, pos), value: text(start + 1, pos - 1), position: start)
    }

    mutating func lexString(quote: UInt8) throws(PromQLError) -> PromQLToken {
        let start = pos
        pos += 1
        var value: [UInt8] = []
        while true {
            guard let c = peekByte(), c != 10 else {
                throw error("unterminated quoted string", at: start)
            }
            if c == quote { pos += 1; break }
            if c != UInt8(ascii: "\\") { value.append(c); pos += 1; continue }
            _ = pos
            pos += 1
            guard let e = peekByte() else { throw error("unterminated quoted string", at: start) }
            pos += 1
            switch e {
            case UInt8(ascii: "a"): value.append(7)
            case UInt8(ascii: "b"): value.append(8)
            case UInt8(ascii: "f"): value.append(12)
            case UInt8(ascii: "n"): value.append(10)
            case UInt8(ascii: "r"): value.append(13)
            case UInt8(ascii: "t"): value.append(9)
            case UInt8(ascii: "v"): value.append(11)
            case UInt8(ascii: "\\"): value.append(e)
            case quote: value.append(e)
            case UInt8(ascii: "x"), UInt8(ascii: "u"), UInt8(ascii: "U"):
                let width = e == UInt8(ascii: "x") ? 2 : e == UInt8(ascii: "u") ? 4 : 8
                var v: UInt32 = 0
                for _ in 0..<width {
                    guard let h = peekByte(), Self.isHex(h) else {
                        if peekByte() == nil || peekByte() == 10 { throw error("unterminated quoted string", at: start) }
                        throw error("illegal character \(scalarText(at: pos)) in escape sequence", at: start)
                    }
                    v = v * 16 + UInt32(Self.isDigit(h) ? h - 48 : (h | 0x20) - 87)
                    pos += 1
                }
                if width == 2 {
                    value.append(UInt8(v))
                } else {
                    guard let scalar = Unicode.Scalar(v) else {
                        throw error("escape sequence is an invalid Unicode code point", at: start)
                    }
                    value.append(contentsOf: Array(String(scalar).utf8))
                }
            case UInt8(ascii: "0")...UInt8(ascii: "7"):
                var v = UInt32(e - 48)
                for _ in 0..<2 {
                    guard let o = peekByte(), o >= 48, o <= 55 else {
                        if peekByte() == nil || peekByte() == 10 { throw error("unterminated quoted string", at: start) }
                        throw error("illegal character \(scalarText(at: pos)) in escape sequence", at: start)
                    }
                    v = v * 8 + UInt32(o - 48)
                    pos += 1
                }
                if v > 255 { throw error("octal escape value > 255: \(v)", at: start) }
                value.append(UInt8(v))
            default:
                let scalar = String(decoding: bytes[(pos - 1)..<min(bytes.count, pos + 3)], as: UTF8.self).unicodeScalars.first!
                let code = String(scalar.value, radix: 16, uppercase: true)
                let padded = String(repeating: "0", count: max(0, 4 - code.count)) + code
                throw error("unknown escape sequence U+\(padded) '\(scalar)'", at: start)
            }
        }
        return PromQLToken(kind: .string, text: text(start, pos), value: String(decoding: value, as: UTF8.self), position: start)
    }
}
