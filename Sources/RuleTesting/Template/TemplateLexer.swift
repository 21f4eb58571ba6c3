/// The kinds of token Go's `text/template` lexer produces (Go 1.19), keywords last.
enum TemplateItemType: Int, Sendable {
    case error, bool, char, charConstant, complex, assign, declare, eof, field, identifier
    case leftDelim, leftParen, number, pipe, rawString, rightDelim, rightParen, space, string
    case text, variable
    // Keywords: printed as `<word>` in parse errors.
    case block, breakKeyword, continueKeyword, dot, define, elseKeyword, end, ifKeyword, nilKeyword
    case range, template, with

    var isKeyword: Bool { rawValue >= TemplateItemType.block.rawValue }
}

/// One token: its kind, byte offset in the template text, text and line.
struct TemplateItem: Sendable {
    var type: TemplateItemType
    var pos: Int
    var val: String
    var line: Int

    /// The token as parse errors show it: `EOF`, the message of an error token, `<if>` for a
    /// keyword, else Go-quoted and cut to ten characters (`"abcdefghij"...`).
    var display: String {
        switch type {
        case .eof: return "EOF"
        case .error: return val
        default:
            if type.isKeyword { return "<\(val)>" }
            if val.unicodeScalars.count > 10 {
                var cut = String.UnicodeScalarView()
                cut.append(contentsOf: val.unicodeScalars.prefix(10))
                return GoStrconv.quote(String(cut)) + "..."
            }
            return GoStrconv.quote(val)
        }
    }
}

/// Go's template lexer with `{{`/`}}` delimiters, run on demand: ``next()`` lexes until the next
/// token. Positions are byte offsets into the UTF-8 text; after an error token only EOF follows.
struct TemplateLexer {
    private let input: [UInt8]
    private var pos = 0
    private var start = 0
    private var width = 0
    /// Byte offsets of the newlines, for an item's line.
    private let newlines: [Int]
    private var parenDepth = 0
    private var state: State = .text
    private var pending: [TemplateItem] = []
    private var pendingIndex = 0
    private var finished = false

    private enum State {
        case text, leftDelim, comment, rightDelim, insideAction, space, quote, rawQuote, variable
        case field, char, number, identifier, done
    }

    private static let keywords: [String: TemplateItemType] = [
        ".": .dot, "block": .block, "break": .breakKeyword, "continue": .continueKeyword,
        "define": .define, "else": .elseKeyword, "end": .end, "if": .ifKeyword, "range": .range,
        "nil": .nilKeyword, "template": .template, "with": .with,
    ]

    init(_ text: String) {
        self.input = Array(text.utf8)
        var nl: [Int] = []
        for (i, b) in input.enumerated() where b == 0x0A { nl.append(i) }
        self.newlines = nl
    }

    /// The 1-based line of byte offset `p`.
    func line(at p: Int) -> Int {
        var lo = 0, hi = newlines.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if newlines[mid] < p { lo = mid + 1 } else { hi = mid }
        }
        return lo + 1
    }

    /// The next token; EOF forever once the input (or an error) has been reached.
    mutating func next() -> TemplateItem {
        while pendingIndex >= pending.count {
            pending.removeAll(keepingCapacity: true)
            pendingIndex = 0
            if finished {
                return TemplateItem(type: .eof, pos: input.count, val: "", line: line(at: input.count))
            }
            step()
        }
        let item = pending[pendingIndex]
        pendingIndex += 1
        return item
    }

    // MARK: - Reading runes

    private static let eof: UInt32 = 0xFFFF_FFFF

    /// Decodes the rune at byte offset `i`: (scalar value, byte length). Invalid bytes are U+FFFD, 1.
    private func decode(at i: Int) -> (UInt32, Int) {
        let b0 = input[i]
        if b0 < 0x80 { return (UInt32(b0), 1) }
        func cont(_ k: Int) -> UInt32? {
            guard i + k < input.count, input[i + k] & 0xC0 == 0x80 else { return nil }
            return UInt32(input[i + k] & 0x3F)
        }
        if b0 & 0xE0 == 0xC0, let c1 = cont(1) {
            let v = (UInt32(b0 & 0x1F) << 6) | c1
            if v >= 0x80 { return (v, 2) }
        } else if b0 & 0xF0 == 0xE0, let c1 = cont(1), let c2 = cont(2) {
            let v = (UInt32(b0 & 0x0F) << 12) | (c1 << 6) | c2
            if v >= 0x800 && !(0xD800...0xDFFF).contains(v) { return (v, 3) }
        } else if b0 & 0xF8 == 0xF0, let c1 = cont(1), let c2 = cont(2), let c3 = cont(3) {
            let v = (UInt32(b0 & 0x07) << 18) | (c1 << 12) | (c2 << 6) | c3
            if v >= 0x10000 && v <= 0x10FFFF { return (v, 4) }
        }
        return (0xFFFD, 1)
    }

    private mutating func nextRune() -> UInt32 {
        if pos >= input.count {
            width = 0
            return Self.eof
        }
        let (r, w) = decode(at: pos)
        width = w
        pos += w
        return r
    }

    private mutating func backup() {
        pos -= width
    }

    private mutating func peek() -> UInt32 {
        let r = nextRune()
        backup()
        return r
    }

    private func slice(_ a: Int, _ b: Int) -> String {
        String(decoding: input[a..<b], as: UTF8.self)
    }

    private func hasPrefix(_ s: String, at i: Int) -> Bool {
        let u = Array(s.utf8)
        guard i + u.count <= input.count else { return false }
        for k in 0..<u.count where input[i + k] != u[k] { return false }
        return true
    }

    private mutating func emit(_ t: TemplateItemType) {
        pending.append(TemplateItem(type: t, pos: start, val: slice(start, pos), line: line(at: start)))
        start = pos
    }

    private mutating func ignore() {
        start = pos
    }

    private mutating func fail(_ message: String) {
        pending.append(TemplateItem(type: .error, pos: start, val: message, line: line(at: start)))
        finished = true
        state = .done
    }

    private mutating func accept(_ valid: String) -> Bool {
        let r = nextRune()
        if r != Self.eof, let s = Unicode.Scalar(r), valid.unicodeScalars.contains(s) { return true }
        backup()
        return false
    }

    private mutating func acceptRun(_ valid: String) {
        while true {
            let r = nextRune()
            if r != Self.eof, let s = Unicode.Scalar(r), valid.unicodeScalars.contains(s) { continue }
            backup()
            return
        }
    }

    static func isSpace(_ r: UInt32) -> Bool { r == 0x20 || r == 0x09 || r == 0x0D || r == 0x0A }

    static func isAlphaNumeric(_ r: UInt32) -> Bool {
        if r == 0x5F { return true }
        guard r != eof, let s = Unicode.Scalar(r) else { return false }
        return GoUnicode.isLetter(s) || GoUnicode.isDigit(s)
    }

    /// `{{- ` at `i` (a trim marker needs a space after it).
    private func hasLeftTrimMarker(at i: Int) -> Bool {
        i + 1 < input.count && input[i] == UInt8(ascii: "-") && Self.isSpace(UInt32(input[i + 1]))
    }

    /// ` -` at `i`.
    private func hasRightTrimMarker(at i: Int) -> Bool {
        i + 1 < input.count && Self.isSpace(UInt32(input[i])) && input[i + 1] == UInt8(ascii: "-")
    }

    private func atRightDelim() -> (delim: Bool, trim: Bool) {
        if hasRightTrimMarker(at: pos) && hasPrefix("}}", at: pos + 2) { return (true, true) }
        if hasPrefix("}}", at: pos) { return (true, false) }
        return (false, false)
    }

    /// Bytes of trailing white space in input[a..<b].
    private func rightTrimLength(_ a: Int, _ b: Int) -> Int {
        var k = b
        while k > a && Self.isSpace(UInt32(input[k - 1])) { k -= 1 }
        return b - k
    }

    private func leftTrimLength(from a: Int) -> Int {
        var k = a
        while k < input.count && Self.isSpace(UInt32(input[k])) { k += 1 }
        return k - a
    }

    // MARK: - States

    private mutating func step() {
        switch state {
        case .text: lexText()
        case .leftDelim: lexLeftDelim()
        case .comment: lexComment()
        case .rightDelim: lexRightDelim()
        case .insideAction: lexInsideAction()
        case .space: lexSpace()
        case .quote: lexQuote()
        case .rawQuote: lexRawQuote()
        case .variable: lexFieldOrVariable(.variable)
        case .field: lexFieldOrVariable(.field)
        case .char: lexChar()
        case .number: lexNumber()
        case .identifier: lexIdentifier()
        case .done: finished = true
        }
    }

    private mutating func lexText() {
        var x = pos
        var found = false
        while x + 1 < input.count {
            if input[x] == UInt8(ascii: "{") && input[x + 1] == UInt8(ascii: "{") { found = true; break }
            x += 1
        }
        if found {
            var trimLength = 0
            if hasLeftTrimMarker(at: x + 2) { trimLength = rightTrimLength(pos, x) }
            let textEnd = x - trimLength
            if textEnd > start {
                pos = textEnd
                emit(.text)
            }
            pos = x
            start = pos
            state = .leftDelim
            return
        }
        pos = input.count
        if pos > start {
            emit(.text)
        }
        pending.append(TemplateItem(type: .eof, pos: pos, val: "", line: line(at: pos)))
        finished = true
        state = .done
    }

    private mutating func lexLeftDelim() {
        pos += 2
        let trim = hasLeftTrimMarker(at: pos)
        let afterMarker = trim ? 2 : 0
        if hasPrefix("/*", at: pos + afterMarker) {
            pos += afterMarker
            start = pos
            state = .comment
            return
        }
        emit(.leftDelim)
        pos += afterMarker
        ignore()
        parenDepth = 0
        state = .insideAction
    }

    private mutating func lexComment() {
        pos += 2
        var x = pos
        var found = false
        while x + 1 < input.count {
            if input[x] == UInt8(ascii: "*") && input[x + 1] == UInt8(ascii: "/") { found = true; break }
            x += 1
        }
        guard found else {
            return fail("unclosed comment")
        }
        pos = x + 2
        let (delim, trim) = atRightDelim()
        guard delim else {
            return fail("comment ends before closing delimiter")
        }
        if trim { pos += 2 }
        pos += 2
        if trim { pos += leftTrimLength(from: pos) }
        ignore()
        state = .text
    }

    private mutating func lexRightDelim() {
        let trim = hasRightTrimMarker(at: pos)
        if trim {
            pos += 2
            ignore()
        }
        pos += 2
        emit(.rightDelim)
        if trim {
            pos += leftTrimLength(from: pos)
            ignore()
        }
        state = .text
    }

    private mutating func lexInsideAction() {
        let (delim, _) = atRightDelim()
        if delim {
            if parenDepth == 0 {
                state = .rightDelim
                return
            }
            return fail("unclosed left paren")
        }
        let r = nextRune()
        switch r {
        case Self.eof:
            return fail("unclosed action")
        case _ where Self.isSpace(r):
            backup()
            state = .space
        case 0x3D:  // =
            emit(.assign)
        case 0x3A:  // :
            if nextRune() != 0x3D { return fail("expected :=") }
            emit(.declare)
        case 0x7C:  // |
            emit(.pipe)
        case 0x22:  // "
            state = .quote
        case 0x60:  // `
            state = .rawQuote
        case 0x24:  // $
            state = .variable
        case 0x27:  // '
            state = .char
        case 0x2E:  // .
            if pos < input.count {
                let c = input[pos]
                if c < UInt8(ascii: "0") || c > UInt8(ascii: "9") {
                    state = .field
                    return
                }
            }
            backup()
            state = .number
        case 0x2B, 0x2D, 0x30...0x39:
            backup()
            state = .number
        case _ where Self.isAlphaNumeric(r):
            backup()
            state = .identifier
        case 0x28:
            emit(.leftParen)
            parenDepth += 1
        case 0x29:
            emit(.rightParen)
            parenDepth -= 1
            if parenDepth < 0 {
                return fail("unexpected right paren \(GoStrconv.runeDescription(r))")
            }
        case _ where r <= 0x7F && r >= 0x20 && r != 0x7F:
            emit(.char)
        default:
            return fail("unrecognized character in action: \(GoStrconv.runeDescription(r))")
        }
    }

    private mutating func lexSpace() {
        var numSpaces = 0
        while true {
            let r = peek()
            if !Self.isSpace(r) { break }
            _ = nextRune()
            numSpaces += 1
        }
        if hasRightTrimMarker(at: pos - 1) && hasPrefix("}}", at: pos - 1 + 2) {
            backup()
            if numSpaces == 1 {
                state = .rightDelim
                return
            }
        }
        emit(.space)
        state = .insideAction
    }

    private mutating func lexQuote() {
        while true {
            let r = nextRune()
            if r == 0x5C {  // backslash
                let e = nextRune()
                if e != Self.eof && e != 0x0A { continue }
                return fail("unterminated quoted string")
            }
            if r == Self.eof || r == 0x0A { return fail("unterminated quoted string") }
            if r == 0x22 { break }
        }
        emit(.string)
        state = .insideAction
    }

    private mutating func lexRawQuote() {
        while true {
            let r = nextRune()
            if r == Self.eof { return fail("unterminated raw quoted string") }
            if r == 0x60 { break }
        }
        emit(.rawString)
        state = .insideAction
    }

    private mutating func lexChar() {
        while true {
            let r = nextRune()
            if r == 0x5C {
                let e = nextRune()
                if e != Self.eof && e != 0x0A { continue }
                return fail("unterminated character constant")
            }
            if r == Self.eof || r == 0x0A { return fail("unterminated character constant") }
            if r == 0x27 { break }
        }
        emit(.charConstant)
        state = .insideAction
    }

    private mutating func atTerminator() -> Bool {
        let r = peek()
        if Self.isSpace(r) { return true }
        switch r {
        case Self.eof, 0x2E, 0x2C, 0x7C, 0x3A, 0x29, 0x28, 0x7D: return true
        default: return false
        }
    }

    private mutating func lexFieldOrVariable(_ type: TemplateItemType) {
        if atTerminator() {
            emit(type == .variable ? .variable : .dot)
            state = .insideAction
            return
        }
        var r: UInt32
        while true {
            r = nextRune()
            if !Self.isAlphaNumeric(r) {
                backup()
                break
            }
        }
        if !atTerminator() {
            return fail("bad character \(GoStrconv.runeDescription(r))")
        }
        emit(type)
        state = .insideAction
    }

    private mutating func lexIdentifier() {
        var r: UInt32
        while true {
            r = nextRune()
            if !Self.isAlphaNumeric(r) {
                backup()
                break
            }
        }
        if !atTerminator() {
            return fail("bad character \(GoStrconv.runeDescription(r))")
        }
        let word = slice(start, pos)
        if let k = Self.keywords[word], k != .dot {
            emit(k)
        } else if word == "true" || word == "false" {
            emit(.bool)
        } else {
            emit(.identifier)
        }
        state = .insideAction
    }

    private mutating func lexNumber() {
        if !scanNumber() {
            return fail("bad number syntax: \(GoStrconv.quote(slice(start, pos)))")
        }
        let sign = peek()
        if sign == 0x2B || sign == 0x2D {
            if !scanNumber() || input[pos - 1] != UInt8(ascii: "i") {
                return fail("bad number syntax: \(GoStrconv.quote(slice(start, pos)))")
            }
            emit(.complex)
        } else {
            emit(.number)
        }
        state = .insideAction
    }

    private mutating func scanNumber() -> Bool {
        _ = accept("+-")
        var digits = "0123456789_"
        if accept("0") {
            if accept("xX") {
                digits = "0123456789abcdefABCDEF_"
            } else if accept("oO") {
                digits = "01234567_"
            } else if accept("bB") {
                digits = "01_"
            }
        }
        acceptRun(digits)
        if accept(".") { acceptRun(digits) }
        if digits.count == 11 && accept("eE") {
            _ = accept("+-")
            acceptRun("0123456789_")
        }
        if digits.count == 23 && accept("pP") {
            _ = accept("+-")
            acceptRun("0123456789_")
        }
        _ = accept("i")
        if Self.isAlphaNumeric(peek()) {
            _ = nextRune()
            return false
        }
        return true
    }
}
