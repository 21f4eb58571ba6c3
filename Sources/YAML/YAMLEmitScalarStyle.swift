/// How a string scalar is written, chosen the way go-yaml v2 chooses: double-quoted when a
/// plain scalar would resolve to another type; a literal block when it contains "\n"; plain
/// otherwise — and then demoted (plain → single-quoted → double-quoted, literal →
/// double-quoted) when the characters do not allow the wanted style.
enum YAMLEmitScalarStyle: Equatable {
    case plain
    case singleQuoted
    case doubleQuoted
    case literal

    /// The style for `s`; `simpleKey` for a mapping key written as `key: value`.
    static func of(_ s: String, simpleKey: Bool) -> YAMLEmitScalarStyle {
        if YAMLEmitResolver.needsQuotes(s) { return .doubleQuoted }
        let a = Analysis(s)
        if s.utf8.contains(0x0A) {
            return a.blockAllowed && !simpleKey ? .literal : .doubleQuoted
        }
        if a.blockPlainAllowed { return .plain }
        return a.singleQuotedAllowed ? .singleQuoted : .doubleQuoted
    }

    /// The printable set of the emitter: LF, 0x20–0x7E, U+00A0–U+D7FF, U+E000–U+FFFD but
    /// U+FEFF. Tab, CR, NEL and characters beyond the BMP are not, and force double quotes.
    static func isPrintable(_ c: UInt32) -> Bool {
        c == 0x0A || (c >= 0x20 && c <= 0x7E) || (c >= 0xA0 && c <= 0xD7FF)
            || (c >= 0xE000 && c <= 0xFFFD && c != 0xFEFF)
    }

    static func isBreak(_ c: UInt32) -> Bool {
        c == 0x0A || c == 0x0D || c == 0x85 || c == 0x2028 || c == 0x2029
    }

    /// Spaces, tabs, breaks (and the end of the string, handled by callers).
    static func isBlank(_ c: UInt32) -> Bool { c == 0x20 || c == 0x09 || isBreak(c) }

    /// Which styles the characters of a scalar allow (block context only).
    struct Analysis {
        var blockPlainAllowed = true
        var singleQuotedAllowed = true
        var blockAllowed = true

        init(_ s: String) {
            let cs = s.unicodeScalars.map(\.value)
            let n = cs.count
            if n == 0 {
                blockPlainAllowed = false; blockAllowed = false
                return
            }
            var blockIndicators = false
            var lineBreaks = false, specialCharacters = false
            var leadingSpace = false, leadingBreak = false, trailingSpace = false, trailingBreak = false
            var breakSpace = false, spaceBreak = false
            var previousSpace = false, previousBreak = false
            if n >= 3 && ((cs[0] == 0x2D && cs[1] == 0x2D && cs[2] == 0x2D) || (cs[0] == 0x2E && cs[1] == 0x2E && cs[2] == 0x2E)) {
                blockIndicators = true
            }
            var precededByWhitespace = true
            for i in 0..<n {
                let c = cs[i]
                let followedByWhitespace = i + 1 >= n || isBlank(cs[i + 1])
                if i == 0 {
                    switch c {
                    case 0x23, 0x2C, 0x5B, 0x5D, 0x7B, 0x7D, 0x26, 0x2A, 0x21, 0x7C, 0x3E, 0x27, 0x22, 0x25, 0x40, 0x60:
                        // # , [ ] { } & * ! | > ' " % @ `
                        blockIndicators = true
                    case 0x3F, 0x3A:  // ? :
                        if followedByWhitespace { blockIndicators = true }
                    case 0x2D:  // -
                        if followedByWhitespace { blockIndicators = true }
                    default: break
                    }
                } else {
                    if c == 0x3A && followedByWhitespace { blockIndicators = true }
                    if c == 0x23 && precededByWhitespace { blockIndicators = true }
                }
                if !isPrintable(c) { specialCharacters = true }
                if c == 0x20 {
                    if i == 0 { leadingSpace = true }
                    if i == n - 1 { trailingSpace = true }
                    if previousBreak { breakSpace = true }
                    previousSpace = true; previousBreak = false
                } else if isBreak(c) {
                    lineBreaks = true
                    if i == 0 { leadingBreak = true }
                    if i == n - 1 { trailingBreak = true }
                    if previousSpace { spaceBreak = true }
                    previousBreak = true; previousSpace = false
                } else {
                    previousSpace = false; previousBreak = false
                }
                precededByWhitespace = isBlank(c)
            }
            if leadingSpace || leadingBreak || trailingSpace || trailingBreak { blockPlainAllowed = false }
            if trailingSpace { blockAllowed = false }
            if breakSpace { blockPlainAllowed = false; singleQuotedAllowed = false }
            if spaceBreak || specialCharacters {
                blockPlainAllowed = false; singleQuotedAllowed = false; blockAllowed = false
            }
            if lineBreaks { blockPlainAllowed = false }
            if blockIndicators { blockPlainAllowed = false }
        }
    }
}
