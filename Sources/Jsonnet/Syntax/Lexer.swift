/// Turns the bytes of a source file into tokens. Quoted strings keep their escapes (the parser
/// decodes them); comments
/// and whitespace are skipped. Errors use go-jsonnet's wording.
struct Lexer {
    private let file: SourceFile
    private let b: [UInt8]
    private var pos = 0

    init(file: SourceFile) {
        self.file = file
        self.b = file.bytes
    }

    /// Lexes the whole file; the last token is `.eof`.
    static func tokenize(_ file: SourceFile) throws(StaticError) -> [Token] {
        var lexer = Lexer(file: file)
        var tokens: [Token] = []
        tokens.reserveCapacity(file.bytes.count / 3 + 4)
        while true {
            let t = try lexer.next()
            tokens.append(t)
            if t.kind == .eof { return tokens }
        }
    }

    private func peek(_ offset: Int = 0) -> UInt8? {
        let i = pos + offset
        return i < b.count ? b[i] : nil
    }

    private func error(_ message: String, _ start: Int, _ end: Int? = nil) -> StaticError {
        StaticError(message, at: SourceRange(file: file, start: start, end: end ?? start))
    }

    private static func isIdentStart(_ c: UInt8) -> Bool {
        (c >= 0x61 && c <= 0x7A) || (c >= 0x41 && c <= 0x5A) || c == 0x5F
    }
    private static func isDigit(_ c: UInt8) -> Bool { c >= 0x30 && c <= 0x39 }
    private static func isOpChar(_ c: UInt8) -> Bool {
        switch c {
        case UInt8(ascii: "!"), UInt8(ascii: "$"), UInt8(ascii: ":"), UInt8(ascii: "~"),
             UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "&"), UInt8(ascii: "|"),
             UInt8(ascii: "^"), UInt8(ascii: "="), UInt8(ascii: "<"), UInt8(ascii: ">"),
             UInt8(ascii: "*"), UInt8(ascii: "/"), UInt8(ascii: "%"):
            return true
        default: return false
        }
    }

    /// Skips whitespace and comments.
    private mutating func skipTrivia() throws(StaticError) {
        while let c = peek() {
            switch c {
            case 0x20, 0x09, 0x0A, 0x0D:
                pos += 1
            case UInt8(ascii: "#"):
                while let d = peek(), d != 0x0A { pos += 1 }
            case UInt8(ascii: "/") where peek(1) == UInt8(ascii: "/"):
                while let d = peek(), d != 0x0A { pos += 1 }
            case UInt8(ascii: "/") where peek(1) == UInt8(ascii: "*"):
                let start = pos
                pos += 2
                while true {
                    guard let d = peek() else {
                        throw error("Multi-line comment has no terminating */", start)
                    }
                    if d == UInt8(ascii: "*") && peek(1) == UInt8(ascii: "/") { pos += 2; break }
                    pos += 1
                }
            default:
                return
            }
        }
    }

    private mutating func next() throws(StaticError) -> Token {
        try skipTrivia()
        let start = pos
        guard let c = peek() else { return Token(kind: .eof, start: pos, end: pos, text: "") }
        func single(_ k: TokenKind) -> Token {
            pos += 1
            return Token(kind: k, start: start, end: pos, text: String(UnicodeScalar(c)))
        }
        switch c {
        case UInt8(ascii: "{"): return single(.braceL)
        case UInt8(ascii: "}"): return single(.braceR)
        case UInt8(ascii: "["): return single(.bracketL)
        case UInt8(ascii: "]"): return single(.bracketR)
        case UInt8(ascii: ","): return single(.comma)
        case UInt8(ascii: "."): return single(.dot)
        case UInt8(ascii: "("): return single(.parenL)
        case UInt8(ascii: ")"): return single(.parenR)
        case UInt8(ascii: ";"): return single(.semicolon)
        case UInt8(ascii: "\""): return try lexQuoted(quote: c, kind: .stringDouble)
        case UInt8(ascii: "'"): return try lexQuoted(quote: c, kind: .stringSingle)
        case UInt8(ascii: "@"): return try lexVerbatim()
        default: break
        }
        if Lexer.isDigit(c) { return try lexNumber() }
        if Lexer.isIdentStart(c) {
            while let d = peek(), Lexer.isIdentStart(d) || Lexer.isDigit(d) { pos += 1 }
            let text = String(decoding: b[start..<pos], as: UTF8.self)
            return Token(kind: TokenKind.keywords[text] ?? .identifier, start: start, end: pos, text: text)
        }
        if c == UInt8(ascii: "|") && peek(1) == UInt8(ascii: "|") && peek(2) == UInt8(ascii: "|") {
            return try lexTextBlock()
        }
        if Lexer.isOpChar(c) { return lexOperator() }
        throw error("Could not lex the character \(goQuoteRune(decodeRune(at: pos)))", start)
    }

    /// Decodes the code point at `i` (invalid UTF-8 reads as U+FFFD), or -1 at the end.
    private func decodeRune(at i: Int) -> Int {
        guard i < b.count else { return -1 }
        var it = b[i...].makeIterator()
        var decoder = UTF8()
        switch decoder.decode(&it) {
        case .scalarValue(let s): return Int(s.value)
        default: return 0xFFFD
        }
    }

    /// The end of the operator-character run last scanned, and whether it ends in a character
    /// that cannot end an operator; a long run like `-----1` is then lexed one character at a
    /// time without rescanning it.
    private var opRunEnd = -1
    private var opRunEndsInUnary = false

    /// go-jsonnet's operator tokens: the longest run of operator characters, where neither `/`
    /// nor `||` continues a run; a run of several characters that ends in `+ - ~ ! $` is cut to
    /// its first character (so `a+-b` is `a + -b`, `1 <=-2` is `<`, `=`).
    private mutating func lexOperator() -> Token {
        let start = pos
        if start < opRunEnd && opRunEndsInUnary {
            pos = start + 1
        } else {
            var end = start + 1
            while end < b.count, Lexer.isOpChar(b[end]) {
                let c = b[end]
                if c == UInt8(ascii: "/") { break }
                if c == UInt8(ascii: "|") && end + 1 < b.count && b[end + 1] == UInt8(ascii: "|") { break }
                end += 1
            }
            opRunEnd = end
            opRunEndsInUnary = end - start > 1 && Lexer.isUnaryTail(b[end - 1])
            pos = opRunEndsInUnary ? start + 1 : end
        }
        let text = String(decoding: b[start..<pos], as: UTF8.self)
        if text == "$" { return Token(kind: .dollar, start: start, end: pos, text: text) }
        return Token(kind: .op, start: start, end: pos, text: text)
    }

    private static func isUnaryTail(_ c: UInt8) -> Bool {
        c == UInt8(ascii: "+") || c == UInt8(ascii: "-") || c == UInt8(ascii: "~") || c == UInt8(ascii: "!") || c == UInt8(ascii: "$")
    }

    /// Numbers: `0` or digits, then optional `.digits` and exponent. `_` may separate digits
    /// (`1_000`), but not follow a leading 0, end a number, or come twice.
    private mutating func lexNumber() throws(StaticError) -> Token {
        let start = pos
        var hasSeparator = false
        func digits(_ lexer: inout Lexer) throws(StaticError) {
            while let d = lexer.peek() {
                if Lexer.isDigit(d) { lexer.pos += 1; continue }
                if d == UInt8(ascii: "_") {
                    hasSeparator = true
                    lexer.pos += 1
                    guard let n = lexer.peek(), Lexer.isDigit(n) else {
                        throw lexer.error("Couldn't lex number, junk after '_': \(goQuoteRune(lexer.decodeRuneOrEOF()))", lexer.pos)
                    }
                    continue
                }
                return
            }
        }
        if peek() == UInt8(ascii: "0") {
            pos += 1
            if peek() == UInt8(ascii: "_") {
                throw error("Couldn't lex number, _ not allowed after leading 0", pos)
            }
        } else {
            try digits(&self)
        }
        if peek() == UInt8(ascii: ".") {
            pos += 1
            guard let d = peek(), Lexer.isDigit(d) else {
                throw error("Couldn't lex number, junk after decimal point: \(goQuoteRune(decodeRuneOrEOF()))", pos)
            }
            try digits(&self)
        }
        if peek() == UInt8(ascii: "e") || peek() == UInt8(ascii: "E") {
            pos += 1
            if peek() == UInt8(ascii: "+") || peek() == UInt8(ascii: "-") {
                pos += 1
                guard let d = peek(), Lexer.isDigit(d) else {
                    throw error("Couldn't lex number, junk after exponent sign: \(goQuoteRune(decodeRuneOrEOF()))", pos)
                }
            } else {
                guard let d = peek(), Lexer.isDigit(d) else {
                    throw error("Couldn't lex number, junk after 'E': \(goQuoteRune(decodeRuneOrEOF()))", pos)
                }
            }
            try digits(&self)
        }
        var text = String(decoding: b[start..<pos], as: UTF8.self)
        if hasSeparator { text.removeAll { $0 == "_" } }
        return Token(kind: .number, start: start, end: pos, text: text)
    }

    /// The rune at `pos`, with end of input shown as U+FFFD as go-jsonnet does in number errors.
    private func decodeRuneOrEOF() -> Int {
        let r = decodeRune(at: pos)
        return r < 0 ? 0xFFFD : r
    }

    private mutating func lexQuoted(quote: UInt8, kind: TokenKind) throws(StaticError) -> Token {
        let start = pos
        pos += 1
        let bodyStart = pos
        var hasEscape = false
        while true {
            guard let c = peek() else { throw error("Unterminated String", start) }
            if c == quote { break }
            if c == UInt8(ascii: "\\") {
                hasEscape = true
                pos += 1
                if peek() == nil { throw error("Unterminated String", start) }
            }
            pos += 1
        }
        let bodyEnd = pos
        pos += 1
        // Escapes are decoded by the parser, as go-jsonnet does (so lexing errors anywhere in
        // the file come first).
        return Token(kind: kind, start: start, end: pos, text: String(decoding: b[bodyStart..<bodyEnd], as: UTF8.self),
                     hasEscapes: hasEscape)
    }

    private mutating func lexVerbatim() throws(StaticError) -> Token {
        let start = pos
        pos += 1
        guard let q = peek(), q == UInt8(ascii: "\"") || q == UInt8(ascii: "'") else {
            throw error("Couldn't lex verbatim string, junk after '@': \(decodeRune(at: pos))", start)
        }
        pos += 1
        var out: [UInt8] = []
        while true {
            guard let c = peek() else { throw error("Unterminated String", start) }
            if c == q {
                if peek(1) == q {
                    out.append(q)
                    pos += 2
                    continue
                }
                pos += 1
                break
            }
            out.append(c)
            pos += 1
        }
        return Token(kind: q == UInt8(ascii: "\"") ? .verbatimDouble : .verbatimSingle,
                     start: start, end: pos, text: String(decoding: out, as: UTF8.self))
    }

    private mutating func lexTextBlock() throws(StaticError) -> Token {
        let start = pos
        pos += 3
        var chomp = false
        if peek() == UInt8(ascii: "-") { chomp = true; pos += 1 }
        while let c = peek(), c == 0x20 || c == 0x09 || c == 0x0D { pos += 1 }
        guard peek() == 0x0A else { throw error("Text block requires new line after |||.", start) }
        pos += 1
        var out: [UInt8] = []
        // Leading empty lines are kept.
        while peek() == 0x0A { out.append(0x0A); pos += 1 }
        let indentStart = pos
        while let c = peek(), c == 0x20 || c == 0x09 { pos += 1 }
        let indent = Array(b[indentStart..<pos])
        if indent.isEmpty { throw error("Text block's first line must start with whitespace", start) }
        while true {
            // Here `pos` is just after the indent of a content line.
            while true {
                guard let c = peek() else { throw error("Unexpected EOF", start) }
                pos += 1
                out.append(c)
                if c == 0x0A { break }
            }
            // Empty lines belong to the block.
            while peek() == 0x0A { out.append(0x0A); pos += 1 }
            guard pos < b.count else { throw error("Text block not terminated with |||", start) }
            if b.count - pos >= indent.count && Array(b[pos..<(pos + indent.count)]) == indent {
                pos += indent.count
                continue
            }
            // A line with less indentation must be the terminator.
            while let c = peek(), c == 0x20 || c == 0x09 { pos += 1 }
            guard peek() == UInt8(ascii: "|"), peek(1) == UInt8(ascii: "|"), peek(2) == UInt8(ascii: "|") else {
                throw error("Text block not terminated with |||", start)
            }
            pos += 3
            break
        }
        if chomp, out.last == 0x0A { out.removeLast() }
        return Token(kind: .stringBlock, start: start, end: pos, text: String(decoding: out, as: UTF8.self))
    }
}

func appendUTF8(_ out: inout [UInt8], _ scalar: Int) {
    let s = Unicode.Scalar(UInt32(scalar)) ?? "\u{FFFD}"
    out.append(contentsOf: Array(String(Character(s)).utf8))
}

/// Go's `%q` rendering of a rune: `'x'`, `'\x01'`, `'\u0080'`.
func goQuoteRune(_ r: Int) -> String {
    switch r {
    case 0x07: return "'\\a'"
    case 0x08: return "'\\b'"
    case 0x0C: return "'\\f'"
    case 0x0A: return "'\\n'"
    case 0x0D: return "'\\r'"
    case 0x09: return "'\\t'"
    case 0x0B: return "'\\v'"
    case 0x27: return "'\\''"
    case 0x5C: return "'\\\\'"
    default: break
    }
    if r < 0 { return "'\\ufffd'" }
    if r < 0x20 || r == 0x7F { return "'\\x" + hex(r, 2) + "'" }
    if r >= 0x80 && r <= 0xFFFF { return "'\\u" + hex(r, 4) + "'" }
    if r > 0xFFFF { return "'\\U" + hex(r, 8) + "'" }
    guard let s = Unicode.Scalar(UInt32(r)) else { return "'\\ufffd'" }
    return "'" + String(Character(s)) + "'"
}

func hex(_ v: Int, _ width: Int) -> String {
    let s = String(v, radix: 16)
    return String(repeating: "0", count: max(0, width - s.count)) + s
}
