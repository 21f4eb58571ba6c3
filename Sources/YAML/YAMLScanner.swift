/// Splits YAML text into tokens (the classic design of YAML readers: indentation becomes
/// BLOCK-SEQUENCE-START / BLOCK-MAPPING-START / BLOCK-END tokens, and a KEY token is inserted
/// before a "simple key" once the ':' after it is seen). Tokens are produced on demand, so
/// reading only the first document never looks at more than a few tokens past it.

enum TokenKind: UInt8 {
    case streamStart, streamEnd, versionDirective, tagDirective, documentStart, documentEnd
    case blockSequenceStart, blockMappingStart, blockEnd
    case flowSequenceStart, flowSequenceEnd, flowMappingStart, flowMappingEnd
    case blockEntry, flowEntry, key, value, alias, anchor, tag, scalar
}

/// How a scalar was written.
public enum YAMLScalarStyle: UInt8, Sendable {
    case plain, singleQuoted, doubleQuoted, literal, folded
}

struct TokenInfo {
    var kind: TokenKind
    var start: YAMLMark
    var end: YAMLMark
}

struct Token {
    var kind: TokenKind
    var start: YAMLMark
    var end: YAMLMark
    /// Scalar text, anchor/alias name, tag handle, or directive handle.
    var value: String = ""
    /// Tag suffix or %TAG prefix.
    var suffix: String = ""
    var style: YAMLScalarStyle = .plain
    var major = 0, minor = 0
}

/// Reading options that differ between YAML 1.2 and older readers.
public struct YAMLOptions: Sendable {
    /// Accept the `\/` escape in double-quoted scalars (YAML 1.2).
    public var slashEscape = true
    /// `%YAML 1.x` minor versions accepted.
    public var minorVersions: [Int] = [1, 2]
    /// Deepest nesting of flow collections, and of block indentation levels.
    public var maxDepth = 10000

    public init() {}
}

/// Owns the scanner's copy of the input (with zero padding for lookahead).
final class ScannerBuffer {
    let base: UnsafeMutablePointer<UInt8>
    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        base = .allocate(capacity: bytes.count + 8)
        if let b = bytes.baseAddress { base.initialize(from: b, count: bytes.count) }
        (base + bytes.count).initialize(repeating: 0, count: 8)
    }
    deinit { base.deallocate() }
}

/// A struct (not a class) so that its many small state updates need no dynamic exclusivity
/// checks.
struct YAMLScanner {
    private let storage: ScannerBuffer
    private let buf: UnsafeMutablePointer<UInt8>
    let count: Int
    let options: YAMLOptions

    private(set) var pos = 0
    private var mark = YAMLMark()

    private var tokens: [Token] = []
    private var head = 0
    private(set) var tokensParsed = 0
    private var streamStartProduced = false
    private(set) var streamEndProduced = false

    private var indent = -1
    private var indents: [Int] = []
    private var flowLevel = 0
    private var simpleKeyAllowed = false

    private struct SimpleKey {
        var possible = false
        var required = false
        var tokenNumber = 0
        var mark = YAMLMark()
    }
    private var simpleKeys: [SimpleKey] = []
    /// Stack position of the potential simple key starting at each token number (a map from
    /// token number to position, kept as arrays sorted by token number: entries for tokens
    /// already parsed are dropped from the front).
    private var keyTokens: [Int] = []
    private var keyIndexes: [Int] = []
    private var keyHead = 0
    /// The value of `tokensParsed` for which the head token is known to be final.
    private var readyFor = -1

    /// Scratch buffers for scalar text.
    private var text: [UInt8] = []
    private var whitespaces: [UInt8] = []
    private var leadingBreak: [UInt8] = []
    private var trailingBreaks: [UInt8] = []

    init(_ bytes: UnsafeBufferPointer<UInt8>, options: YAMLOptions) {
        count = bytes.count
        storage = ScannerBuffer(bytes)
        buf = storage.base
        self.options = options
        // A byte order mark at the start is not content.
        if count >= 3 && buf[0] == 0xEF && buf[1] == 0xBB && buf[2] == 0xBF { pos = 3 }
        text.reserveCapacity(64)
    }

    /// Furthest byte the scanner has looked at (for errors about characters further on).
    var furthest: Int { pos + 4 }

    // MARK: characters

    @inline(__always) private func at(_ k: Int) -> UInt8 { buf[pos + k] }
    @inline(__always) private var atEnd: Bool { pos >= count }
    @inline(__always) private func isZ(_ k: Int) -> Bool { pos + k >= count }

    @inline(__always) private func isBreak(_ k: Int) -> Bool {
        let c = buf[pos + k]
        if c == 0x0A || c == 0x0D { return true }
        if c == 0xC2 { return buf[pos + k + 1] == 0x85 }
        if c == 0xE2 { return buf[pos + k + 1] == 0x80 && (buf[pos + k + 2] == 0xA8 || buf[pos + k + 2] == 0xA9) }
        return false
    }
    @inline(__always) private func isBlank(_ k: Int) -> Bool {
        let c = buf[pos + k]
        return c == 0x20 || c == 0x09
    }
    @inline(__always) private func isBreakZ(_ k: Int) -> Bool { isZ(k) || isBreak(k) }
    @inline(__always) private func isBlankZ(_ k: Int) -> Bool { isBlank(k) || isZ(k) || isBreak(k) }

    @inline(__always) private static func width(_ c: UInt8) -> Int {
        c < 0x80 ? 1 : c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1
    }

    @inline(__always) private func isAlpha(_ c: UInt8) -> Bool {
        (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A) || c == 0x5F || c == 0x2D
    }

    @inline(__always) private mutating func skip() {
        let w = YAMLScanner.width(buf[pos])
        pos += w
        mark.index += 1
        mark.column += 1
    }

    /// Skips one line break (CR LF counts as one).
    @inline(__always) private mutating func skipLine() {
        let c = buf[pos]
        if c == 0x0D && buf[pos + 1] == 0x0A {
            pos += 2
            mark.index += 2
        } else if c == 0x0A || c == 0x0D {
            pos += 1
            mark.index += 1
        } else if c == 0xC2 {
            pos += 2
            mark.index += 1
        } else {
            pos += 3
            mark.index += 1
        }
        mark.column = 0
        mark.line += 1
    }

    /// Appends the current character to `s` and moves past it.
    @inline(__always) private mutating func read(_ s: inout [UInt8]) {
        let w = YAMLScanner.width(buf[pos])
        for k in 0..<w { s.append(buf[pos + k]) }
        pos += w
        mark.index += 1
        mark.column += 1
    }

    /// Reads a line break into `s`: CR, LF, CR LF and NEL become "\n"; LS and PS are kept.
    @inline(__always) private mutating func readLine(_ s: inout [UInt8]) {
        let c = buf[pos]
        if c == 0xE2 {
            s.append(0xE2); s.append(0x80); s.append(buf[pos + 2])
        } else {
            s.append(0x0A)
        }
        skipLine()
    }

    private func error(_ context: String, _ contextMark: YAMLMark, _ problem: String) -> YAMLError {
        YAMLError(.scanner, problem, at: mark, context: context, contextMark: contextMark)
    }

    // MARK: token queue

    /// The next token, scanning more input if needed.
    /// The next token's kind and position (scanning more input if needed); its text is read
    /// with `head`.
    mutating func peek() throws(YAMLError) -> TokenInfo {
        if readyFor != tokensParsed { try ensureHead() }
        let t = tokens.withUnsafeBufferPointer { $0.baseAddress! + head }
        return TokenInfo(kind: t.pointee.kind, start: t.pointee.start, end: t.pointee.end)
    }

    /// The next token's text fields (after `peek`).
    var headValue: String { tokens[head].value }
    var headSuffix: String { tokens[head].suffix }
    var headStyle: YAMLScalarStyle { tokens[head].style }
    var headVersion: (Int, Int) { (tokens[head].major, tokens[head].minor) }

    /// Makes the head token final (no KEY token can still be inserted before it).
    private mutating func ensureHead() throws(YAMLError) {
        if needsMoreTokens() { try fetchMoreTokens() }
        readyFor = tokensParsed
    }

    mutating func skipToken() {
        head += 1
        tokensParsed += 1
        if head > 64 && head * 2 > tokens.count {
            tokens.removeFirst(head)
            head = 0
        }
    }

    @inline(__always) private func needsMoreTokens() -> Bool {
        if head == tokens.count { return true }
        if keyHead < keyTokens.count && keyTokens[keyHead] <= tokensParsed { return true }
        return false
    }

    /// Scans tokens until the head token cannot be preceded by a KEY token any more: the
    /// potential simple key recorded for the head's token number (if any) is still possible.
    private mutating func fetchMoreTokens() throws(YAMLError) {
        while true {
            if head != tokens.count {
                guard let i = keyIndex(for: tokensParsed), i < simpleKeys.count else { return }
                if !(try isValid(i)) { return }
            }
            try fetchNextToken()
        }
    }

    /// Whether simple key `i` may still be a key: on the current line and at most 1024
    /// characters back. A required key that cannot be one any more is an error.
    private mutating func isValid(_ i: Int) throws(YAMLError) -> Bool {
        let k = simpleKeys[i]
        if !k.possible { return false }
        if k.mark.line < mark.line || k.mark.index + 1024 < mark.index {
            if k.required {
                throw error("while scanning a simple key", k.mark, "could not find expected ':'")
            }
            simpleKeys[i].possible = false
            return false
        }
        return true
    }

    private mutating func keyIndex(for token: Int) -> Int? {
        while keyHead < keyTokens.count && keyTokens[keyHead] < token { keyHead += 1 }
        if keyHead > 256 && keyHead * 2 > keyTokens.count {
            keyTokens.removeFirst(keyHead)
            keyIndexes.removeFirst(keyHead)
            keyHead = 0
        }
        if keyHead < keyTokens.count && keyTokens[keyHead] == token { return keyIndexes[keyHead] }
        return nil
    }

    private mutating func setKeyIndex(_ token: Int, _ index: Int) {
        var j = keyTokens.count
        while j > keyHead && keyTokens[j - 1] > token { j -= 1 }
        if j > keyHead && keyTokens[j - 1] == token {
            keyIndexes[j - 1] = index
        } else {
            keyTokens.insert(token, at: j)
            keyIndexes.insert(index, at: j)
        }
    }

    private mutating func removeKeyIndex(_ token: Int) {
        var j = keyTokens.count
        while j > keyHead && keyTokens[j - 1] > token { j -= 1 }
        if j > keyHead && keyTokens[j - 1] == token {
            keyTokens.remove(at: j - 1)
            keyIndexes.remove(at: j - 1)
        }
    }

    private mutating func append(_ kind: TokenKind, _ start: YAMLMark, _ end: YAMLMark) {
        tokens.append(Token(kind: kind, start: start, end: end))
    }

    private mutating func fetchNextToken() throws(YAMLError) {
        if !streamStartProduced {
            indent = -1
            simpleKeyAllowed = true
            simpleKeys.append(SimpleKey())
            streamStartProduced = true
            append(.streamStart, mark, mark)
            return
        }
        try scanToNextToken()
        unrollIndent(mark.column)

        if atEnd { return try fetchStreamEnd() }
        let c = at(0)
        if mark.column == 0 {
            if c == 0x25 /* % */ { return try fetchDirective() }
            if c == 0x2D && at(1) == 0x2D && at(2) == 0x2D && isBlankZ(3) {
                return try fetchDocumentIndicator(.documentStart)
            }
            if c == 0x2E && at(1) == 0x2E && at(2) == 0x2E && isBlankZ(3) {
                return try fetchDocumentIndicator(.documentEnd)
            }
        }
        switch c {
        case 0x5B: return try fetchFlowCollectionStart(.flowSequenceStart)
        case 0x7B: return try fetchFlowCollectionStart(.flowMappingStart)
        case 0x5D: return try fetchFlowCollectionEnd(.flowSequenceEnd)
        case 0x7D: return try fetchFlowCollectionEnd(.flowMappingEnd)
        case 0x2C: return try fetchFlowEntry()
        default: break
        }
        if c == 0x2D && isBlankZ(1) { return try fetchBlockEntry() }
        if c == 0x3F && (flowLevel > 0 || isBlankZ(1)) { return try fetchKey() }
        if c == 0x3A && (flowLevel > 0 || isBlankZ(1)) { return try fetchValue() }
        switch c {
        case 0x2A: return try fetchAnchor(alias: true)
        case 0x26: return try fetchAnchor(alias: false)
        case 0x21: return try fetchTag()
        case 0x7C where flowLevel == 0: return try fetchBlockScalar(literal: true)
        case 0x3E where flowLevel == 0: return try fetchBlockScalar(literal: false)
        case 0x27: return try fetchFlowScalar(single: true)
        case 0x22: return try fetchFlowScalar(single: false)
        default: break
        }
        // A plain scalar starts with any character but an indicator or a blank; '-', '?' and
        // ':' may start one when followed by a non-blank.
        var plain = true
        switch c {
        case 0x2D: plain = !isBlank(1)
        case 0x3F, 0x3A: plain = flowLevel == 0 && !isBlankZ(1)
        case 0x2C, 0x5B, 0x5D, 0x7B, 0x7D, 0x23, 0x26, 0x2A, 0x21, 0x7C, 0x3E, 0x27, 0x22, 0x25, 0x40, 0x60:
            plain = false
        default: plain = !isBlankZ(0)
        }
        if plain { return try fetchPlainScalar() }
        throw error("while scanning for the next token", mark, "found character that cannot start any token")
    }

    // MARK: simple keys and indentation

    private mutating func saveSimpleKey() throws(YAMLError) {
        let required = flowLevel == 0 && indent == mark.column
        if simpleKeyAllowed {
            let k = SimpleKey(possible: true, required: required,
                              tokenNumber: tokensParsed + tokens.count - head, mark: mark)
            try removeSimpleKey()
            simpleKeys[simpleKeys.count - 1] = k
            setKeyIndex(k.tokenNumber, simpleKeys.count - 1)
        }
    }

    private mutating func removeSimpleKey() throws(YAMLError) {
        let i = simpleKeys.count - 1
        if simpleKeys[i].possible && simpleKeys[i].required {
            throw error("while scanning a simple key", simpleKeys[i].mark, "could not find expected ':'")
        }
        if simpleKeys[i].possible {
            simpleKeys[i].possible = false
            removeKeyIndex(simpleKeys[i].tokenNumber)
        }
    }

    private mutating func increaseFlowLevel() throws(YAMLError) {
        simpleKeys.append(SimpleKey(possible: false, required: false, tokenNumber: tokensParsed + tokens.count - head, mark: mark))
        flowLevel += 1
        if flowLevel > options.maxDepth {
            throw error("while increasing flow level", simpleKeys[simpleKeys.count - 1].mark,
                        "exceeded max depth of \(options.maxDepth)")
        }
    }

    private mutating func decreaseFlowLevel() {
        if flowLevel > 0 {
            flowLevel -= 1
            removeKeyIndex(simpleKeys[simpleKeys.count - 1].tokenNumber)
            simpleKeys.removeLast()
        }
    }

    /// Opens a block collection at `column` if it is deeper than the current indentation;
    /// `number` is the token number to insert the start token before (nil: append).
    private mutating func rollIndent(_ column: Int, _ number: Int?, _ kind: TokenKind, _ at: YAMLMark) throws(YAMLError) {
        if flowLevel > 0 { return }
        if indent < column {
            indents.append(indent)
            indent = column
            if indents.count > options.maxDepth {
                throw error("while increasing indent level", simpleKeys[simpleKeys.count - 1].mark,
                            "exceeded max depth of \(options.maxDepth)")
            }
            let t = Token(kind: kind, start: at, end: at)
            if let n = number {
                tokens.insert(t, at: head + n - tokensParsed)
            } else {
                tokens.append(t)
            }
        }
    }

    private mutating func unrollIndent(_ column: Int) {
        if flowLevel > 0 { return }
        while indent > column {
            append(.blockEnd, mark, mark)
            indent = indents.removeLast()
        }
    }

    // MARK: fetchers

    private mutating func fetchStreamEnd() throws(YAMLError) {
        if mark.column != 0 {
            mark.column = 0
            mark.line += 1
        }
        unrollIndent(-1)
        try removeSimpleKey()
        simpleKeyAllowed = false
        streamEndProduced = true
        append(.streamEnd, mark, mark)
    }

    private mutating func fetchDirective() throws(YAMLError) {
        unrollIndent(-1)
        try removeSimpleKey()
        simpleKeyAllowed = false
        tokens.append(try scanDirective())
    }

    private mutating func fetchDocumentIndicator(_ kind: TokenKind) throws(YAMLError) {
        unrollIndent(-1)
        try removeSimpleKey()
        simpleKeyAllowed = false
        let start = mark
        skip(); skip(); skip()
        append(kind, start, mark)
    }

    private mutating func fetchFlowCollectionStart(_ kind: TokenKind) throws(YAMLError) {
        try saveSimpleKey()
        try increaseFlowLevel()
        simpleKeyAllowed = true
        let start = mark
        skip()
        append(kind, start, mark)
    }

    private mutating func fetchFlowCollectionEnd(_ kind: TokenKind) throws(YAMLError) {
        try removeSimpleKey()
        decreaseFlowLevel()
        simpleKeyAllowed = false
        let start = mark
        skip()
        append(kind, start, mark)
    }

    private mutating func fetchFlowEntry() throws(YAMLError) {
        try removeSimpleKey()
        simpleKeyAllowed = true
        let start = mark
        skip()
        append(.flowEntry, start, mark)
    }

    private mutating func fetchBlockEntry() throws(YAMLError) {
        if flowLevel == 0 {
            if !simpleKeyAllowed {
                throw error("", mark, "block sequence entries are not allowed in this context")
            }
            try rollIndent(mark.column, nil, .blockSequenceStart, mark)
        }
        try removeSimpleKey()
        simpleKeyAllowed = true
        let start = mark
        skip()
        append(.blockEntry, start, mark)
    }

    private mutating func fetchKey() throws(YAMLError) {
        if flowLevel == 0 {
            if !simpleKeyAllowed {
                throw error("", mark, "mapping keys are not allowed in this context")
            }
            try rollIndent(mark.column, nil, .blockMappingStart, mark)
        }
        try removeSimpleKey()
        simpleKeyAllowed = flowLevel == 0
        let start = mark
        skip()
        append(.key, start, mark)
    }

    private mutating func fetchValue() throws(YAMLError) {
        let i = simpleKeys.count - 1
        if try isValid(i) {
            let k = simpleKeys[i]
            tokens.insert(Token(kind: .key, start: k.mark, end: k.mark), at: head + k.tokenNumber - tokensParsed)
            try rollIndent(k.mark.column, k.tokenNumber, .blockMappingStart, k.mark)
            simpleKeys[i].possible = false
            removeKeyIndex(k.tokenNumber)
            simpleKeyAllowed = false
        } else {
            if flowLevel == 0 {
                if !simpleKeyAllowed {
                    throw error("", mark, "mapping values are not allowed in this context")
                }
                try rollIndent(mark.column, nil, .blockMappingStart, mark)
            }
            simpleKeyAllowed = flowLevel == 0
        }
        let start = mark
        skip()
        append(.value, start, mark)
    }

    private mutating func fetchAnchor(alias: Bool) throws(YAMLError) {
        var text = self.text
        self.text = []
        defer { self.text = text }
        try saveSimpleKey()
        simpleKeyAllowed = false
        let start = mark
        skip()
        if !text.isEmpty { text.removeAll(keepingCapacity: true) }
        while isAlpha(at(0)) && !atEnd { read(&text) }
        let c = at(0)
        if text.isEmpty || !(isBlankZ(0) || c == 0x3F || c == 0x3A || c == 0x2C || c == 0x5D || c == 0x7D
                              || c == 0x25 || c == 0x40 || c == 0x60) {
            throw error(alias ? "while scanning an alias" : "while scanning an anchor", start,
                        "did not find expected alphabetic or numeric character")
        }
        var t = Token(kind: alias ? .alias : .anchor, start: start, end: mark)
        t.value = String(decoding: text, as: UTF8.self)
        tokens.append(t)
    }

    private mutating func fetchTag() throws(YAMLError) {
        try saveSimpleKey()
        simpleKeyAllowed = false
        let start = mark
        var handle: String
        var suffix: String
        if at(1) == 0x3C /* < */ {
            // Verbatim tag: !<uri>
            handle = ""
            skip(); skip()
            suffix = try scanTagURI(directive: false, head: nil, start)
            if at(0) != 0x3E || atEnd {
                throw error("while scanning a tag", start, "did not find the expected '>'")
            }
            skip()
        } else {
            let h = try scanTagHandle(directive: false, start)
            if h.count > 1 && h.first == "!" && h.last == "!" {
                handle = h
                suffix = try scanTagURI(directive: false, head: nil, start)
            } else {
                suffix = try scanTagURI(directive: false, head: h, start)
                handle = "!"
                if suffix.isEmpty {
                    handle = ""
                    suffix = "!"
                }
            }
        }
        if !isBlankZ(0) {
            if flowLevel == 0 || at(0) != 0x2C {
                throw error("while scanning a tag", start, "did not find expected whitespace or line break")
            }
        }
        var t = Token(kind: .tag, start: start, end: mark)
        t.value = handle
        t.suffix = suffix
        tokens.append(t)
    }

    private mutating func fetchBlockScalar(literal: Bool) throws(YAMLError) {
        try removeSimpleKey()
        simpleKeyAllowed = true
        tokens.append(try scanBlockScalar(literal: literal))
    }

    private mutating func fetchFlowScalar(single: Bool) throws(YAMLError) {
        try saveSimpleKey()
        simpleKeyAllowed = false
        tokens.append(try scanFlowScalar(single: single))
    }

    private mutating func fetchPlainScalar() throws(YAMLError) {
        try saveSimpleKey()
        simpleKeyAllowed = false
        tokens.append(try scanPlainScalar())
    }

    // MARK: scanners

    private mutating func scanToNextToken() throws(YAMLError) {
        while true {
            if mark.column == 0 && at(0) == 0xEF && at(1) == 0xBB && at(2) == 0xBF && !atEnd { skip() }
            while !atEnd && (at(0) == 0x20 || ((flowLevel > 0 || !simpleKeyAllowed) && at(0) == 0x09)) { skip() }
            if at(0) == 0x23 && !atEnd {
                while !isBreakZ(0) { skip() }
            }
            if !atEnd && isBreak(0) {
                skipLine()
                if flowLevel == 0 { simpleKeyAllowed = true }
            } else {
                return
            }
        }
    }

    private mutating func scanDirective() throws(YAMLError) -> Token {
        var text = self.text
        self.text = []
        defer { self.text = text }
        let start = mark
        skip()
        if !text.isEmpty { text.removeAll(keepingCapacity: true) }
        while isAlpha(at(0)) && !atEnd { read(&text) }
        if text.isEmpty {
            throw error("while scanning a directive", start, "could not find expected directive name")
        }
        if !isBlankZ(0) {
            throw error("while scanning a directive", start, "found unexpected non-alphabetical character")
        }
        let name = String(decoding: text, as: UTF8.self)
        var t: Token
        if name == "YAML" {
            while isBlank(0) { skip() }
            let major = try scanVersionNumber(start)
            if at(0) != 0x2E || atEnd {
                throw error("while scanning a %YAML directive", start, "did not find expected digit or '.' character")
            }
            skip()
            let minor = try scanVersionNumber(start)
            t = Token(kind: .versionDirective, start: start, end: mark)
            t.major = major
            t.minor = minor
        } else if name == "TAG" {
            while isBlank(0) { skip() }
            let handle = try scanTagHandle(directive: true, start)
            if !isBlank(0) {
                throw error("while scanning a %TAG directive", start, "did not find expected whitespace")
            }
            while isBlank(0) { skip() }
            let prefix = try scanTagURI(directive: true, head: nil, start)
            if !isBlankZ(0) {
                throw error("while scanning a %TAG directive", start, "did not find expected whitespace or line break")
            }
            t = Token(kind: .tagDirective, start: start, end: mark)
            t.value = handle
            t.suffix = prefix
        } else {
            throw error("while scanning a directive", start, "found unknown directive name")
        }
        while isBlank(0) { skip() }
        if at(0) == 0x23 && !atEnd {
            while !isBreakZ(0) { skip() }
        }
        if !isBreakZ(0) {
            throw error("while scanning a directive", start, "did not find expected comment or line break")
        }
        if !atEnd { skipLine() }
        return t
    }

    private mutating func scanVersionNumber(_ start: YAMLMark) throws(YAMLError) -> Int {
        var value = 0, length = 0
        while !atEnd && at(0) >= 0x30 && at(0) <= 0x39 {
            length += 1
            if length > 9 {
                throw error("while scanning a %YAML directive", start, "found extremely long version number")
            }
            value = value * 10 + Int(at(0) - 0x30)
            skip()
        }
        if length == 0 {
            throw error("while scanning a %YAML directive", start, "did not find expected version number")
        }
        return value
    }

    private mutating func scanTagHandle(directive: Bool, _ start: YAMLMark) throws(YAMLError) -> String {
        if at(0) != 0x21 || atEnd {
            throw error(directive ? "while scanning a tag directive" : "while scanning a tag", start,
                        "did not find expected '!'")
        }
        var s: [UInt8] = [0x21]
        skip()
        while isAlpha(at(0)) && !atEnd { read(&s) }
        if at(0) == 0x21 && !atEnd {
            read(&s)
        } else if directive && !(s.count == 1) {
            throw error("while parsing a tag directive", start, "did not find expected '!'")
        }
        return String(decoding: s, as: UTF8.self)
    }

    private mutating func scanTagURI(directive: Bool, head: String?, _ start: YAMLMark) throws(YAMLError) -> String {
        var s: [UInt8] = []
        if let h = head, h.utf8.count > 1 { s.append(contentsOf: h.utf8.dropFirst()) }
        while !atEnd {
            let c = at(0)
            let ok: Bool
            switch c {
            case 0x3B, 0x2F, 0x3F, 0x3A, 0x40, 0x26, 0x3D, 0x2B, 0x24, 0x2C, 0x2E, 0x21, 0x7E, 0x2A, 0x27,
                 0x28, 0x29, 0x5B, 0x5D, 0x25:
                ok = true
            default: ok = isAlpha(c)
            }
            if !ok { break }
            if c == 0x25 {
                try scanURIEscapes(directive: directive, start, &s)
            } else {
                read(&s)
            }
        }
        if s.isEmpty && (head ?? "").isEmpty {
            throw error(directive ? "while parsing a %TAG directive" : "while parsing a tag", start,
                        "did not find expected tag URI")
        }
        return String(decoding: s, as: UTF8.self)
    }

    private mutating func scanURIEscapes(directive: Bool, _ start: YAMLMark, _ s: inout [UInt8]) throws(YAMLError) {
        let context = directive ? "while parsing a %TAG directive" : "while parsing a tag"
        var w = 1024
        while w > 0 {
            func hex(_ c: UInt8) -> Int? {
                switch c {
                case 0x30...0x39: return Int(c - 0x30)
                case 0x41...0x46: return Int(c - 0x41 + 10)
                case 0x61...0x66: return Int(c - 0x61 + 10)
                default: return nil
                }
            }
            guard at(0) == 0x25, pos + 2 < count, let h = hex(at(1)), let l = hex(at(2)) else {
                throw error(context, start, "did not find URI escaped octet")
            }
            let octet = UInt8(h * 16 + l)
            if w == 1024 {
                w = octet & 0x80 == 0 ? 1 : octet & 0xE0 == 0xC0 ? 2 : octet & 0xF0 == 0xE0 ? 3 : octet & 0xF8 == 0xF0 ? 4 : 0
                if w == 0 { throw error(context, start, "found an incorrect leading UTF-8 octet") }
            } else if octet & 0xC0 != 0x80 {
                throw error(context, start, "found an incorrect trailing UTF-8 octet")
            }
            s.append(octet)
            skip(); skip(); skip()
            w -= 1
        }
    }

    private mutating func scanBlockScalar(literal: Bool) throws(YAMLError) -> Token {
        var text = self.text
        self.text = []
        defer { self.text = text }
        var leadingBreak = self.leadingBreak
        self.leadingBreak = []
        defer { self.leadingBreak = leadingBreak }
        var trailingBreaks = self.trailingBreaks
        self.trailingBreaks = []
        defer { self.trailingBreaks = trailingBreaks }
        let start = mark
        skip()
        var chomping = 0
        var increment = 0
        if at(0) == 0x2B || at(0) == 0x2D {
            chomping = at(0) == 0x2B ? 1 : -1
            skip()
            if at(0) >= 0x30 && at(0) <= 0x39 && !atEnd {
                if at(0) == 0x30 {
                    throw error("while scanning a block scalar", start, "found an indentation indicator equal to 0")
                }
                increment = Int(at(0) - 0x30)
                skip()
            }
        } else if at(0) >= 0x30 && at(0) <= 0x39 && !atEnd {
            if at(0) == 0x30 {
                throw error("while scanning a block scalar", start, "found an indentation indicator equal to 0")
            }
            increment = Int(at(0) - 0x30)
            skip()
            if at(0) == 0x2B || at(0) == 0x2D {
                chomping = at(0) == 0x2B ? 1 : -1
                skip()
            }
        }
        while isBlank(0) { skip() }
        if at(0) == 0x23 && !atEnd {
            while !isBreakZ(0) { skip() }
        }
        if !isBreakZ(0) {
            throw error("while scanning a block scalar", start, "did not find expected comment or line break")
        }
        if !atEnd { skipLine() }
        var end = mark
        var blockIndent = 0
        if increment > 0 { blockIndent = indent >= 0 ? indent + increment : increment }

        if !text.isEmpty { text.removeAll(keepingCapacity: true) }
        if !leadingBreak.isEmpty { leadingBreak.removeAll(keepingCapacity: true) }
        if !trailingBreaks.isEmpty { trailingBreaks.removeAll(keepingCapacity: true) }
        try scanBlockScalarBreaks(&blockIndent, start, &end, &trailingBreaks)

        var leadingBlank = false
        var trailingBlank = false
        while mark.column == blockIndent && !atEnd {
            trailingBlank = isBlank(0)
            if !literal && leadingBreak.first == 0x0A && !leadingBlank && !trailingBlank {
                if trailingBreaks.isEmpty { text.append(0x20) }
                if !leadingBreak.isEmpty { leadingBreak.removeAll(keepingCapacity: true) }
            } else {
                text.append(contentsOf: leadingBreak)
                if !leadingBreak.isEmpty { leadingBreak.removeAll(keepingCapacity: true) }
            }
            text.append(contentsOf: trailingBreaks)
            if !trailingBreaks.isEmpty { trailingBreaks.removeAll(keepingCapacity: true) }
            leadingBlank = isBlank(0)
            while !isBreakZ(0) { read(&text) }
            if atEnd { break }
            readLine(&leadingBreak)
            try scanBlockScalarBreaks(&blockIndent, start, &end, &trailingBreaks)
        }
        if chomping != -1 { text.append(contentsOf: leadingBreak) }
        if chomping == 1 { text.append(contentsOf: trailingBreaks) }
        var t = Token(kind: .scalar, start: start, end: end)
        t.value = String(decoding: text, as: UTF8.self)
        t.style = literal ? .literal : .folded
        return t
    }

    private mutating func scanBlockScalarBreaks(_ blockIndent: inout Int, _ start: YAMLMark, _ end: inout YAMLMark,
                                                _ trailingBreaks: inout [UInt8]) throws(YAMLError) {
        var maxIndent = 0
        end = mark
        while true {
            while (blockIndent == 0 || mark.column < blockIndent) && at(0) == 0x20 && !atEnd { skip() }
            if mark.column > maxIndent { maxIndent = mark.column }
            if (blockIndent == 0 || mark.column < blockIndent) && at(0) == 0x09 && !atEnd {
                throw error("while scanning a block scalar", start, "found a tab character where an indentation space is expected")
            }
            if atEnd || !isBreak(0) { break }
            readLine(&trailingBreaks)
            end = mark
        }
        if blockIndent == 0 {
            blockIndent = maxIndent
            if blockIndent < indent + 1 { blockIndent = indent + 1 }
            if blockIndent < 1 { blockIndent = 1 }
        }
    }

    private func isDocumentIndicator() -> Bool {
        mark.column == 0 && pos + 2 < count
            && ((at(0) == 0x2D && at(1) == 0x2D && at(2) == 0x2D) || (at(0) == 0x2E && at(1) == 0x2E && at(2) == 0x2E))
            && isBlankZ(3)
    }

    private mutating func scanFlowScalar(single: Bool) throws(YAMLError) -> Token {
        var text = self.text
        self.text = []
        defer { self.text = text }
        var leadingBreak = self.leadingBreak
        self.leadingBreak = []
        defer { self.leadingBreak = leadingBreak }
        var trailingBreaks = self.trailingBreaks
        self.trailingBreaks = []
        defer { self.trailingBreaks = trailingBreaks }
        var whitespaces = self.whitespaces
        self.whitespaces = []
        defer { self.whitespaces = whitespaces }
        let start = mark
        skip()
        if !text.isEmpty { text.removeAll(keepingCapacity: true) }
        if !leadingBreak.isEmpty { leadingBreak.removeAll(keepingCapacity: true) }
        if !trailingBreaks.isEmpty { trailingBreaks.removeAll(keepingCapacity: true) }
        if !whitespaces.isEmpty { whitespaces.removeAll(keepingCapacity: true) }
        let quote: UInt8 = single ? 0x27 : 0x22
        while true {
            if isDocumentIndicator() {
                throw error("while scanning a quoted scalar", start, "found unexpected document indicator")
            }
            if atEnd {
                throw error("while scanning a quoted scalar", start, "found unexpected end of stream")
            }
            var leadingBlanks = false
            while !isBlankZ(0) {
                let c = at(0)
                if single && c == 0x27 && at(1) == 0x27 {
                    text.append(0x27)
                    skip(); skip()
                } else if c == quote {
                    break
                } else if !single && c == 0x5C && isBreak(1) && pos + 1 < count {
                    skip()
                    skipLine()
                    leadingBlanks = true
                    break
                } else if !single && c == 0x5C {
                    var codeLength = 0
                    switch at(1) {
                    case 0x30: text.append(0)
                    case 0x61: text.append(7)
                    case 0x62: text.append(8)
                    case 0x74, 0x09: text.append(9)
                    case 0x6E: text.append(10)
                    case 0x76: text.append(11)
                    case 0x66: text.append(12)
                    case 0x72: text.append(13)
                    case 0x65: text.append(0x1B)
                    case 0x20: text.append(0x20)
                    case 0x22: text.append(0x22)
                    case 0x27: text.append(0x27)
                    case 0x5C: text.append(0x5C)
                    case 0x2F where options.slashEscape: text.append(0x2F)
                    case 0x4E: text.append(0xC2); text.append(0x85)
                    case 0x5F: text.append(0xC2); text.append(0xA0)
                    case 0x4C: text.append(0xE2); text.append(0x80); text.append(0xA8)
                    case 0x50: text.append(0xE2); text.append(0x80); text.append(0xA9)
                    case 0x78: codeLength = 2
                    case 0x75: codeLength = 4
                    case 0x55: codeLength = 8
                    default:
                        throw YAMLError(.scanner, "found unknown escape character", at: mark,
                                        context: "while parsing a quoted scalar", contextMark: start)
                    }
                    if pos + 1 >= count {
                        throw YAMLError(.scanner, "found unknown escape character", at: mark,
                                        context: "while parsing a quoted scalar", contextMark: start)
                    }
                    skip(); skip()
                    if codeLength > 0 {
                        var value: UInt32 = 0
                        for k in 0..<codeLength {
                            let h = at(k)
                            let d: UInt32
                            switch h {
                            case 0x30...0x39: d = UInt32(h - 0x30)
                            case 0x41...0x46: d = UInt32(h - 0x41 + 10)
                            case 0x61...0x66: d = UInt32(h - 0x61 + 10)
                            default:
                                throw YAMLError(.scanner, "did not find expected hexdecimal number", at: mark,
                                                context: "while parsing a quoted scalar", contextMark: start)
                            }
                            if pos + k >= count {
                                throw YAMLError(.scanner, "did not find expected hexdecimal number", at: mark,
                                                context: "while parsing a quoted scalar", contextMark: start)
                            }
                            value = value << 4 | d
                        }
                        guard value < 0xD800 || (value > 0xDFFF && value <= 0x10FFFF), let u = Unicode.Scalar(value) else {
                            throw YAMLError(.scanner, "found invalid Unicode character escape code", at: mark,
                                            context: "while parsing a quoted scalar", contextMark: start)
                        }
                        text.append(contentsOf: String(Character(u)).utf8)
                        for _ in 0..<codeLength { skip() }
                    }
                } else {
                    read(&text)
                }
            }
            if at(0) == quote && !atEnd { break }
            while !atEnd && (isBlank(0) || isBreak(0)) {
                if isBlank(0) {
                    if !leadingBlanks { whitespaces.append(at(0)) }
                    skip()
                } else if !leadingBlanks {
                    if !whitespaces.isEmpty { whitespaces.removeAll(keepingCapacity: true) }
                    readLine(&leadingBreak)
                    leadingBlanks = true
                } else {
                    readLine(&trailingBreaks)
                }
            }
            if leadingBlanks {
                if leadingBreak.first == 0x0A {
                    if trailingBreaks.isEmpty {
                        text.append(0x20)
                    } else {
                        text.append(contentsOf: trailingBreaks)
                    }
                } else {
                    text.append(contentsOf: leadingBreak)
                    text.append(contentsOf: trailingBreaks)
                }
                if !leadingBreak.isEmpty { leadingBreak.removeAll(keepingCapacity: true) }
                if !trailingBreaks.isEmpty { trailingBreaks.removeAll(keepingCapacity: true) }
            } else {
                text.append(contentsOf: whitespaces)
                if !whitespaces.isEmpty { whitespaces.removeAll(keepingCapacity: true) }
            }
        }
        skip()
        var t = Token(kind: .scalar, start: start, end: mark)
        t.value = String(decoding: text, as: UTF8.self)
        t.style = single ? .singleQuoted : .doubleQuoted
        return t
    }

    /// Bytes that may end a plain scalar (or need a closer look): blanks, breaks (and the lead
    /// bytes of NEL, LS, PS), ':', NUL; in flow context also the flow indicators.
    static let blockPlainStop: [Bool] = {
        var t = [Bool](repeating: false, count: 256)
        for c: UInt8 in [0x00, 0x20, 0x09, 0x0A, 0x0D, 0x3A, 0xC2, 0xE2] { t[Int(c)] = true }
        return t
    }()
    static let flowPlainStop: [Bool] = {
        var t = blockPlainStop
        for c in ",?[]{}".utf8 { t[Int(c)] = true }
        return t
    }()

    private mutating func scanPlainScalar() throws(YAMLError) -> Token {
        var text = self.text
        self.text = []
        defer { self.text = text }
        var leadingBreak = self.leadingBreak
        self.leadingBreak = []
        defer { self.leadingBreak = leadingBreak }
        var trailingBreaks = self.trailingBreaks
        self.trailingBreaks = []
        defer { self.trailingBreaks = trailingBreaks }
        var whitespaces = self.whitespaces
        self.whitespaces = []
        defer { self.whitespaces = whitespaces }
        let start = mark
        var end = mark
        let minIndent = indent + 1
        var leadingBlanks = false
        if !text.isEmpty { text.removeAll(keepingCapacity: true) }
        if !leadingBreak.isEmpty { leadingBreak.removeAll(keepingCapacity: true) }
        if !trailingBreaks.isEmpty { trailingBreaks.removeAll(keepingCapacity: true) }
        if !whitespaces.isEmpty { whitespaces.removeAll(keepingCapacity: true) }
        let inFlow = flowLevel > 0
        while true {
            if isDocumentIndicator() { break }
            if at(0) == 0x23 && !atEnd { break }
            while !isBlankZ(0) {
                let c = at(0)
                if c == 0x3A && isBlankZ(1) { break }
                if !leadingBlanks && whitespaces.isEmpty {
                    // Fast path: a run of characters that cannot end the scalar.
                    let stop = inFlow ? YAMLScanner.flowPlainStop : YAMLScanner.blockPlainStop
                    var e = pos
                    var chars = 0
                    while e < count && !stop[Int(buf[e])] {
                        if buf[e] & 0xC0 != 0x80 { chars += 1 }
                        e += 1
                    }
                    if e > pos {
                        text.append(contentsOf: UnsafeBufferPointer(start: buf + pos, count: e - pos))
                        mark.index += chars
                        mark.column += chars
                        pos = e
                        end = mark
                        continue
                    }
                }
                if inFlow && (c == 0x2C || c == 0x3F || c == 0x5B || c == 0x5D || c == 0x7B || c == 0x7D) { break }
                if leadingBlanks || !whitespaces.isEmpty {
                    if leadingBlanks {
                        if leadingBreak.first == 0x0A {
                            if trailingBreaks.isEmpty {
                                text.append(0x20)
                            } else {
                                text.append(contentsOf: trailingBreaks)
                            }
                        } else {
                            text.append(contentsOf: leadingBreak)
                            text.append(contentsOf: trailingBreaks)
                        }
                        if !leadingBreak.isEmpty { leadingBreak.removeAll(keepingCapacity: true) }
                        if !trailingBreaks.isEmpty { trailingBreaks.removeAll(keepingCapacity: true) }
                        leadingBlanks = false
                    } else {
                        text.append(contentsOf: whitespaces)
                        if !whitespaces.isEmpty { whitespaces.removeAll(keepingCapacity: true) }
                    }
                }
                if c < 0x80 {
                    text.append(c)
                    pos += 1
                    mark.index += 1
                    mark.column += 1
                } else {
                    read(&text)
                }
                end = mark
            }
            if atEnd || !(isBlank(0) || isBreak(0)) { break }
            while !atEnd && (isBlank(0) || isBreak(0)) {
                if isBlank(0) {
                    if leadingBlanks && mark.column < minIndent && at(0) == 0x09 {
                        throw error("while scanning a plain scalar", start, "found a tab character that violates indentation")
                    }
                    if !leadingBlanks { whitespaces.append(at(0)) }
                    skip()
                } else if !leadingBlanks {
                    if !whitespaces.isEmpty { whitespaces.removeAll(keepingCapacity: true) }
                    readLine(&leadingBreak)
                    leadingBlanks = true
                } else {
                    readLine(&trailingBreaks)
                }
            }
            if flowLevel == 0 && mark.column < minIndent { break }
        }
        var t = Token(kind: .scalar, start: start, end: end)
        t.value = String(decoding: text, as: UTF8.self)
        t.style = .plain
        if leadingBlanks { simpleKeyAllowed = true }
        return t
    }
}
