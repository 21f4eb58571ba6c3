/// The syntax tree of an RE2 pattern. Flags are resolved while parsing: `(?i)` literals become
/// classes of their case-folding orbit, `.` knows whether it matches `\n`, `^`/`$` know whether
/// they are line or text anchors, and repetition knows whether it is greedy.
indirect enum RE2Node: Sendable {
    case empty
    case literal(UInt32)
    case charClass(RE2CharClass)
    case anyChar
    case anyCharNotNL
    case beginLine, endLine, beginText, endText, wordBoundary, noWordBoundary
    case capture(index: Int, RE2Node)
    case concat([RE2Node])
    case alternate([RE2Node])
    /// `max == -1` means unbounded.
    case `repeat`(RE2Node, min: Int, max: Int, greedy: Bool)
}

/// Parses RE2 syntax as Go's `regexp.Compile` does (Perl flags on), reporting errors with Go's
/// wording: `error parsing regexp: <code>: `<text>``.
struct RE2Parser {
    struct Flags {
        var foldCase = false      // i
        var multiLine = false     // m
        var dotNL = false         // s
        var ungreedy = false      // U
    }

    private let src: [Unicode.Scalar]
    private let pattern: String
    private var pos = 0
    private var flags = Flags()
    private var depth = 0
    private(set) var groupNames: [String?] = [nil]

    static let maxRepeat = 1000
    static let maxDepth = 1000

    init(_ pattern: String) {
        self.pattern = pattern
        self.src = Array(pattern.unicodeScalars)
    }

    // MARK: errors

    private func text(_ from: Int, _ to: Int) -> String {
        var s = String.UnicodeScalarView()
        s.append(contentsOf: src[max(0, from)..<min(to, src.count)])
        return String(s)
    }

    private func fail(_ code: String, _ from: Int, _ to: Int) -> RE2Error {
        RE2Error(message: "error parsing regexp: \(code): `\(text(from, to))`")
    }

    private func failWhole(_ code: String) -> RE2Error {
        RE2Error(message: "error parsing regexp: \(code): `\(pattern)`")
    }

    // MARK: scanning helpers

    private var atEnd: Bool { pos >= src.count }
    private func peek(_ offset: Int = 0) -> UInt32? {
        pos + offset < src.count ? src[pos + offset].value : nil
    }
    private static func ascii(_ c: Character) -> UInt32 { c.unicodeScalars.first!.value }
    private func peekIs(_ c: Character, _ offset: Int = 0) -> Bool { peek(offset) == RE2Parser.ascii(c) }

    // MARK: structure

    mutating func parse() throws(RE2Error) -> RE2Node {
        let node = try parseAlternation()
        if !atEnd {
            // Only an unmatched `)` stops the top level early.
            throw failWhole("unexpected )")
        }
        if RE2Parser.height(node) > RE2Parser.maxDepth {
            throw failWhole("expression nests too deeply")
        }
        return node
    }

    private mutating func parseAlternation() throws(RE2Error) -> RE2Node {
        var branches = [try parseConcat()]
        while peekIs("|") {
            pos += 1
            branches.append(try parseConcat())
        }
        return branches.count == 1 ? branches[0] : .alternate(branches)
    }

    private mutating func parseConcat() throws(RE2Error) -> RE2Node {
        var items: [RE2Node] = []
        // Whether the last item may take a repetition operator (and from where its operator began,
        // for "invalid nested repetition operator").
        var canRepeat = false
        var lastRepeatStart: Int? = nil
        while let c = peek(), c != RE2Parser.ascii("|"), c != RE2Parser.ascii(")") {
            if let op = try scanRepeatOp() {
                if op.counted && (op.min > RE2Parser.maxRepeat || op.max > RE2Parser.maxRepeat || (op.max >= 0 && op.max < op.min)) {
                    throw fail("invalid repeat count", pos, op.end)
                }
                // Error texts run to the end of the operator, a lazy `?` included.
                let lazyEnd = op.end < src.count && src[op.end] == "?" ? op.end + 1 : op.end
                if let start = lastRepeatStart {
                    throw fail("invalid nested repetition operator", start, lazyEnd)
                }
                guard canRepeat, let last = items.popLast() else {
                    throw fail("missing argument to repetition operator", pos, lazyEnd)
                }
                if op.counted {
                    let k = op.max >= 0 ? op.max : op.min
                    if k * RE2Parser.repeatWeight(last) > RE2Parser.maxRepeat {
                        throw fail("invalid repeat count", pos, op.end)
                    }
                }
                let start = pos
                pos = op.end
                var greedy = true
                if peekIs("?") { greedy = false; pos += 1 }
                if flags.ungreedy { greedy.toggle() }
                items.append(.repeat(last, min: op.min, max: op.max, greedy: greedy))
                lastRepeatStart = start
                continue
            }
            lastRepeatStart = nil
            let atoms = try parseAtom()
            if atoms.isEmpty {
                // A flag group `(?i)` or an empty `\Q\E`: a following operator applies to the
                // item before it, as in Go (`a(?i)*` is `a*`).
            } else {
                items.append(contentsOf: atoms)
                canRepeat = true
            }
        }
        switch items.count {
        case 0: return .empty
        case 1: return items[0]
        default: return .concat(items)
        }
    }

    /// Nesting of captures and repetitions, as Go bounds it (1000).
    static func height(_ node: RE2Node) -> Int {
        switch node {
        case .capture(_, let sub), .repeat(let sub, _, _, _): return 1 + height(sub)
        case .concat(let subs), .alternate(let subs): return subs.map(height).max() ?? 1
        default: return 1
        }
    }

    /// The product of the counted repetitions nested in `node`, as Go bounds it to 1000.
    static func repeatWeight(_ node: RE2Node) -> Int {
        switch node {
        case .capture(_, let sub): return repeatWeight(sub)
        case .concat(let subs), .alternate(let subs): return subs.map(repeatWeight).max() ?? 1
        case .repeat(let sub, let min, let max, _):
            let w = repeatWeight(sub)
            if max == -1 && min == 0 { return w }  // *
            return (max >= 0 ? max : min) * w
        default: return 1
        }
    }

    private struct RepeatOp {
        var min: Int
        /// -1 when unbounded.
        var max: Int
        /// `{n,m}` rather than `*`, `+`, `?`: bounded by 1000.
        var counted = false
        var end: Int
    }

    /// Recognises `*`, `+`, `?`, `{n}`, `{n,}`, `{n,m}` at `pos` without consuming it.
    private func scanRepeatOp() throws(RE2Error) -> RepeatOp? {
        guard let c = peek() else { return nil }
        switch c {
        case RE2Parser.ascii("*"): return RepeatOp(min: 0, max: -1, end: pos + 1)
        case RE2Parser.ascii("+"): return RepeatOp(min: 1, max: -1, end: pos + 1)
        case RE2Parser.ascii("?"): return RepeatOp(min: 0, max: 1, end: pos + 1)
        case RE2Parser.ascii("{"):
            var i = pos + 1
            func number(_ i: inout Int) -> Int? {
                let start = i
                var value = 0
                while i < src.count, src[i].value >= 0x30, src[i].value <= 0x39 {
                    value = min(value * 10 + Int(src[i].value - 0x30), 1_000_000)
                    i += 1
                }
                return i > start ? value : nil
            }
            guard let lo = number(&i) else { return nil }
            var hi = lo
            if i < src.count, src[i] == "," {
                i += 1
                if i < src.count, src[i] == "}" {
                    hi = -1
                } else {
                    guard let h = number(&i) else { return nil }
                    hi = h
                }
            }
            guard i < src.count, src[i] == "}" else { return nil }
            return RepeatOp(min: lo, max: hi, counted: true, end: i + 1)
        default:
            return nil
        }
    }

    /// One atom, or several for `\Q...\E` (a repetition applies to the last), or none for a flag group.
    private mutating func parseAtom() throws(RE2Error) -> [RE2Node] {
        let c = src[pos]
        switch c {
        case "(":
            return try parseGroup()
        case "[":
            return [try parseClass()]
        case ".":
            pos += 1
            return [flags.dotNL ? .anyChar : .anyCharNotNL]
        case "^":
            pos += 1
            return [flags.multiLine ? .beginLine : .beginText]
        case "$":
            pos += 1
            return [flags.multiLine ? .endLine : .endText]
        case "\\":
            return try parseEscapeAtom()
        default:
            pos += 1
            return [literal(c.value)]
        }
    }

    private func literal(_ c: UInt32) -> RE2Node {
        if flags.foldCase {
            let orbit = RE2CaseFolding.orbit(c)
            if orbit.count > 1 {
                var b = RE2CharClass.Builder()
                for o in orbit { b.add(o, o) }
                return .charClass(b.build())
            }
        }
        return .literal(c)
    }

    private mutating func parseGroup() throws(RE2Error) -> [RE2Node] {
        let start = pos
        pos += 1  // (
        var name: String? = nil
        var isCapture = true
        let saved = flags
        if peekIs("?") {
            // Named capture: (?P<name>re) or (?<name>re).
            if peekIs("P", 1) && peekIs("<", 2) && peek(3) != nil || peekIs("<", 1) && !peekIs("=", 2) && !peekIs("!", 2) && peek(2) != nil {
                let nameStart = peekIs("P", 1) ? pos + 3 : pos + 2
                var end = nameStart
                while end < src.count, src[end] != ">" { end += 1 }
                if end >= src.count {
                    throw fail("invalid named capture", start, src.count)
                }
                let n = text(nameStart, end)
                if n.isEmpty || !n.unicodeScalars.allSatisfy(RE2Parser.isWordScalar) {
                    throw fail("invalid named capture", start, end + 1)
                }
                name = n
                pos = end + 1
            } else if peekIs("P", 1) {
                throw fail("invalid or unsupported Perl syntax", start, pos + 2)
            } else if peekIs("<", 1) {
                throw fail("invalid or unsupported Perl syntax", start, pos + 2)
            } else {
                // Flags: (?flags) or (?flags:re).
                pos += 1
                var negate = false
                var sawFlag = false
                var newFlags = flags
                while true {
                    guard let f = peek() else {
                        throw fail("invalid or unsupported Perl syntax", start, src.count)
                    }
                    pos += 1
                    switch f {
                    case RE2Parser.ascii("i"): newFlags.foldCase = !negate; sawFlag = true
                    case RE2Parser.ascii("m"): newFlags.multiLine = !negate; sawFlag = true
                    case RE2Parser.ascii("s"): newFlags.dotNL = !negate; sawFlag = true
                    case RE2Parser.ascii("U"): newFlags.ungreedy = !negate; sawFlag = true
                    case RE2Parser.ascii("-"):
                        if negate { throw fail("invalid or unsupported Perl syntax", start, pos) }
                        negate = true
                        sawFlag = false
                    case RE2Parser.ascii(")"), RE2Parser.ascii(":"):
                        if negate && !sawFlag { throw fail("invalid or unsupported Perl syntax", start, pos) }
                        if f == RE2Parser.ascii(")") {
                            flags = newFlags
                            return []
                        }
                        flags = newFlags
                        isCapture = false
                    default:
                        throw fail("invalid or unsupported Perl syntax", start, pos)
                    }
                    if !isCapture { break }
                }
            }
        }
        depth += 1
        if depth > RE2Parser.maxDepth { throw failWhole("expression nests too deeply") }
        var index = 0
        if isCapture {
            index = groupNames.count
            groupNames.append(name)
        }
        let body = try parseAlternation()
        guard peekIs(")") else { throw failWhole("missing closing )") }
        pos += 1
        depth -= 1
        flags = saved
        return [isCapture ? .capture(index: index, body) : body]
    }

    static func isWordScalar(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A, 0x5F: return true
        default: return false
        }
    }

    // MARK: escapes

    private mutating func parseEscapeAtom() throws(RE2Error) -> [RE2Node] {
        let start = pos
        guard let c = peek(1) else {
            throw RE2Error(message: "error parsing regexp: trailing backslash at end of expression: ``")
        }
        switch c {
        case RE2Parser.ascii("A"): pos += 2; return [.beginText]
        case RE2Parser.ascii("z"): pos += 2; return [.endText]
        case RE2Parser.ascii("b"): pos += 2; return [.wordBoundary]
        case RE2Parser.ascii("B"): pos += 2; return [.noWordBoundary]
        case RE2Parser.ascii("Q"):
            pos += 2
            var lits: [RE2Node] = []
            while pos < src.count {
                if src[pos] == "\\", pos + 1 < src.count, src[pos + 1] == "E" {
                    pos += 2
                    return lits
                }
                lits.append(literal(src[pos].value))
                pos += 1
            }
            return lits
        case RE2Parser.ascii("d"), RE2Parser.ascii("D"), RE2Parser.ascii("s"), RE2Parser.ascii("S"),
             RE2Parser.ascii("w"), RE2Parser.ascii("W"),
             RE2Parser.ascii("p"), RE2Parser.ascii("P"):
            var b = RE2CharClass.Builder()
            try parseClassEscape(into: &b)
            return [.charClass(b.build())]
        default:
            pos = start
            return [literal(try parseEscapedScalar())]
        }
    }

    /// `\d`-style or `\p`-style class escape at `pos`, added (folded if `(?i)`) to `builder`.
    private mutating func parseClassEscape(into builder: inout RE2CharClass.Builder) throws(RE2Error) {
        let start = pos
        let c = src[pos + 1]
        pos += 2
        var cls: RE2CharClass
        var negate = false
        switch c {
        case "d", "s", "w", "D", "S", "W":
            let lower = Unicode.Scalar(c.value | 0x20)!
            cls = RE2CharClass(ranges: RE2NamedClasses.perl[lower.value]!)
            negate = c.value < 0x60
        default:  // p, P
            negate = c == "P"
            guard let first = peek() else { throw fail("invalid character class range", start, pos) }
            var name: String
            if first == RE2Parser.ascii("{") {
                var end = pos + 1
                while end < src.count, src[end] != "}" { end += 1 }
                if end >= src.count { throw fail("invalid character class range", start, src.count) }
                name = text(pos + 1, end)
                pos = end + 1
            } else {
                name = text(pos, pos + 1)
                pos += 1
            }
            if name.hasPrefix("^") {
                negate.toggle()
                name.removeFirst()
            }
            guard let table = RE2NamedClasses.unicode(name) else {
                throw fail("invalid character class range", start, pos)
            }
            cls = table
        }
        if flags.foldCase { cls = cls.caseFolded() }
        if negate { cls = cls.negated() }
        builder.add(cls)
    }

    /// A single escaped scalar (`\n`, `\x41`, `\x{263a}`, `\123`, `\.`) at `pos`.
    private mutating func parseEscapedScalar() throws(RE2Error) -> UInt32 {
        let start = pos
        pos += 1
        guard let c = peek() else {
            throw RE2Error(message: "error parsing regexp: trailing backslash at end of expression: ``")
        }
        pos += 1
        func isOctal(_ v: UInt32?) -> Bool { v.map { $0 >= 0x30 && $0 <= 0x37 } ?? false }
        func hexValue(_ v: UInt32?) -> UInt32? {
            guard let v else { return nil }
            switch v {
            case 0x30...0x39: return v - 0x30
            case 0x41...0x46: return v - 0x41 + 10
            case 0x61...0x66: return v - 0x61 + 10
            default: return nil
            }
        }
        switch c {
        case 0x31...0x37 where !isOctal(peek()):
            throw fail("invalid escape sequence", start, pos)  // a backreference
        case 0x30...0x37:
            var value = c - 0x30
            var n = 1
            while n < 3, isOctal(peek()) {
                value = value * 8 + (peek()! - 0x30)
                pos += 1
                n += 1
            }
            return value
        case RE2Parser.ascii("x"):
            guard let d = peek() else { throw fail("invalid escape sequence", start, pos) }
            pos += 1
            if d == RE2Parser.ascii("{") {
                var value: UInt32 = 0
                var digits = 0
                while true {
                    guard let v = peek() else { throw fail("invalid escape sequence", start, pos) }
                    pos += 1
                    if v == RE2Parser.ascii("}") {
                        if digits == 0 { throw fail("invalid escape sequence", start, pos) }
                        return value
                    }
                    guard let h = hexValue(v) else { throw fail("invalid escape sequence", start, pos) }
                    value = value * 16 + h
                    digits += 1
                    if value > RE2CharClass.maxScalar { throw fail("invalid escape sequence", start, pos) }
                }
            }
            guard let e = peek() else { throw fail("invalid escape sequence", start, pos) }
            pos += 1
            guard let h1 = hexValue(d), let h2 = hexValue(e) else { throw fail("invalid escape sequence", start, pos) }
            return h1 * 16 + h2
        case RE2Parser.ascii("a"): return 7
        case RE2Parser.ascii("f"): return 0x0C
        case RE2Parser.ascii("n"): return 0x0A
        case RE2Parser.ascii("r"): return 0x0D
        case RE2Parser.ascii("t"): return 0x09
        case RE2Parser.ascii("v"): return 0x0B
        default:
            if c < 0x80 && !(Unicode.Scalar(c).map(RE2Parser.isAlnum) ?? false) {
                return c
            }
            throw fail("invalid escape sequence", start, pos)
        }
    }

    private static func isAlnum(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: return true
        default: return false
        }
    }

    // MARK: classes

    private mutating func parseClass() throws(RE2Error) -> RE2Node {
        let start = pos
        pos += 1
        var negate = false
        if peekIs("^") { negate = true; pos += 1 }
        var builder = RE2CharClass.Builder()
        var first = true
        while true {
            guard let c = peek() else { throw fail("missing closing ]", start, src.count) }
            if c == RE2Parser.ascii("]") && !first { pos += 1; break }
            first = false
            // POSIX class [:name:] / [:^name:].
            if c == RE2Parser.ascii("["), peekIs(":", 1) {
                var end = pos + 2
                while end + 1 < src.count, !(src[end] == ":" && src[end + 1] == "]") { end += 1 }
                if end + 1 < src.count {
                    var name = text(pos + 2, end)
                    var neg = false
                    if name.hasPrefix("^") { neg = true; name.removeFirst() }
                    guard let ranges = RE2NamedClasses.posix[name] else {
                        throw fail("invalid character class range", pos, end + 2)
                    }
                    var cls = RE2CharClass(ranges: ranges)
                    if flags.foldCase { cls = cls.caseFolded() }
                    if neg { cls = cls.negated() }
                    builder.add(cls)
                    pos = end + 2
                    continue
                }
            }
            if c == RE2Parser.ascii("\\"), let e = peek(1),
               [RE2Parser.ascii("d"), RE2Parser.ascii("D"), RE2Parser.ascii("s"), RE2Parser.ascii("S"),
                RE2Parser.ascii("w"), RE2Parser.ascii("W"), RE2Parser.ascii("p"), RE2Parser.ascii("P")].contains(e) {
                try parseClassEscape(into: &builder)
                continue
            }
            let rangeStart = pos
            let lo = try parseClassChar(classStart: start)
            var hi = lo
            if peekIs("-"), let next = peek(1), next != RE2Parser.ascii("]") {
                pos += 1
                hi = try parseClassChar(classStart: start)
                if hi < lo { throw fail("invalid character class range", rangeStart, pos) }
            }
            if flags.foldCase {
                builder.add(RE2CharClass(ranges: [lo, hi]).caseFolded())
            } else {
                builder.add(lo, hi)
            }
        }
        var cls = builder.build()
        if negate { cls = cls.negated() }
        return .charClass(cls)
    }

    private mutating func parseClassChar(classStart: Int) throws(RE2Error) -> UInt32 {
        guard let c = peek() else { throw fail("missing closing ]", classStart, src.count) }
        if c == RE2Parser.ascii("\\") { return try parseEscapedScalar() }
        pos += 1
        return c
    }
}
