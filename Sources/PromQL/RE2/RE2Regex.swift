/// An error compiling an RE2 pattern, worded as Go's `regexp` words it, e.g.
/// "error parsing regexp: missing closing ): `(a`".
public struct RE2Error: Error, Sendable, Equatable {
    public let message: String

    public init(message: String) {
        self.message = message
    }
}

/// A compiled regular expression with Go `regexp` (RE2) syntax and semantics.
///
/// Parsing follows `regexp.Compile` (Perl flags on); matching is a Pike VM over Unicode scalars
/// (linear time, no backtracking) with leftmost-first submatches, as Go's `FindStringSubmatch`.
public struct RE2Regex: Sendable {
    /// The pattern as compiled (for `anchored`, the wrapped `^(?:p)$`).
    public let pattern: String
    private let program: RE2Program
    private let names: [String?]

    /// Compiles `pattern` unanchored, like `regexp.Compile`.
    public init(_ pattern: String) throws(RE2Error) {
        var parser = RE2Parser(pattern)
        let root = try parser.parse()
        self.pattern = pattern
        self.names = parser.groupNames
        self.program = RE2Program(root, groupCount: parser.groupNames.count)
    }

    /// Compiles `^(?:pattern)$`, as Prometheus does for label matchers and `label_replace`.
    /// Errors quote the wrapped pattern, as Prometheus' do.
    public static func anchored(_ pattern: String) throws(RE2Error) -> RE2Regex {
        try RE2Regex("^(?:" + pattern + ")$")
    }

    /// Whether the expression matches anywhere in `s` (all of `s` for an `anchored` one).
    public func matches(_ s: String) -> Bool {
        RE2PikeVM(program).run(RE2Regex.scalars(s), slots: 0) != nil
    }

    /// The leftmost-first match and its submatches (`[0]` is the whole match; an unset group is
    /// `nil`), or `nil` when there is no match. Like Go's `FindStringSubmatchIndex`.
    public func firstMatch(_ s: String) -> [Range<String.Index>?]? {
        guard let offsets = RE2PikeVM(program).run(RE2Regex.scalars(s), slots: program.slotCount) else {
            return nil
        }
        // Map scalar offsets to indices in one walk over the string.
        let wanted = Set(offsets.filter { $0 >= 0 })
        var index: [Int: String.Index] = [:]
        var i = 0
        var idx = s.unicodeScalars.startIndex
        let maxWanted = wanted.max() ?? 0
        while true {
            if wanted.contains(i) { index[i] = idx }
            if i >= maxWanted || idx == s.unicodeScalars.endIndex { break }
            s.unicodeScalars.formIndex(after: &idx)
            i += 1
        }
        var out: [Range<String.Index>?] = []
        for g in 0..<(offsets.count / 2) {
            let a = offsets[2 * g], b = offsets[2 * g + 1]
            if a >= 0, b >= 0, let lo = index[a], let hi = index[b] {
                out.append(lo..<hi)
            } else {
                out.append(nil)
            }
        }
        return out
    }

    /// The name of each group by index; `[0]` (the whole match) and unnamed groups are `nil`.
    public var groupNames: [String?] { names }

    /// The number of capture groups, the whole match not counted (Go's `NumSubexp`).
    public var groupCount: Int { names.count - 1 }

    /// Go's `Regexp.Expand`: `$1`, `${1}`, `$name`, `${name}` are replaced by that submatch (empty
    /// if it is unset, out of range or unknown); `$$` is a `$`. A name is the longest run of
    /// letters, digits and `_`, so `$1x` is the group named `1x`, not group 1 and an `x`. A `$`
    /// not followed by a valid reference is copied as is.
    public func expand(_ template: String, match: [Range<String.Index>?], in s: String) -> String {
        var out = ""
        let t = Array(template.unicodeScalars)
        var i = 0
        var literalStart = 0
        func flushLiteral(upTo end: Int) {
            if end > literalStart {
                out.unicodeScalars.append(contentsOf: t[literalStart..<end])
            }
        }
        while i < t.count {
            guard t[i] == "$" else { i += 1; continue }
            flushLiteral(upTo: i)
            if i + 1 < t.count, t[i + 1] == "$" {
                out.append("$")
                i += 2
                literalStart = i
                continue
            }
            guard let (name, end) = RE2Regex.extractName(t, at: i) else {
                // Malformed: the `$` is kept as text.
                out.append("$")
                i += 1
                literalStart = i
                continue
            }
            i = end
            literalStart = i
            if let num = RE2Regex.groupNumber(name) {
                if num < match.count, let r = match[num] { out += s[r] }
            } else {
                for (k, n) in names.enumerated() where n == name {
                    if k < match.count, let r = match[k] {
                        out += s[r]
                        break
                    }
                }
            }
        }
        flushLiteral(upTo: t.count)
        return out
    }

    /// The name after the `$` at `start` (`name` or `{name}`) and where it ends, or nil.
    private static func extractName(_ t: [Unicode.Scalar], at start: Int) -> (String, Int)? {
        var i = start + 1
        guard i < t.count else { return nil }
        let brace = t[i] == "{"
        if brace { i += 1 }
        let nameStart = i
        while i < t.count, isNameScalar(t[i]) { i += 1 }
        guard i > nameStart else { return nil }
        var name = String.UnicodeScalarView()
        name.append(contentsOf: t[nameStart..<i])
        if brace {
            guard i < t.count, t[i] == "}" else { return nil }
            i += 1
        }
        return (String(name), i)
    }

    /// Go's `unicode.IsLetter || unicode.IsDigit || == '_'`.
    private static func isNameScalar(_ s: Unicode.Scalar) -> Bool {
        if s == "_" { return true }
        switch s.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter, .decimalNumber:
            return true
        default:
            return false
        }
    }

    /// A name made only of ASCII digits, without a leading zero, is a group number.
    private static func groupNumber(_ name: String) -> Int? {
        if name.count > 1 && name.hasPrefix("0") { return nil }
        var num = 0
        for s in name.unicodeScalars {
            guard s.value >= 0x30, s.value <= 0x39, num < 100_000_000 else { return nil }
            num = num * 10 + Int(s.value - 0x30)
        }
        return num
    }

    private static func scalars(_ s: String) -> [UInt32] {
        var out: [UInt32] = []
        out.reserveCapacity(s.utf8.count)
        for u in s.unicodeScalars { out.append(u.value) }
        return out
    }
}
