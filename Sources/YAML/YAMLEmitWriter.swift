/// The output buffer of `YAMLEmitter`: UTF-8 bytes, the current column (in characters), and
/// whether the last thing written was whitespace / indentation (which decide where a space or
/// a line break is needed). Scalars fold at spaces past column 80, as go-yaml v2 does.
struct YAMLEmitWriter {
    static let bestWidth = 80
    static let bestIndent = 2

    var out: [UInt8] = []
    var column = 0
    /// The last character written was whitespace (or nothing was written yet).
    var whitespace = true
    /// Only indentation has been written on the current line.
    var indention = true

    init(capacity: Int = 0) { out.reserveCapacity(capacity) }

    mutating func putBreak() {
        out.append(0x0A)
        column = 0
    }

    mutating func putASCII(_ b: UInt8) {
        out.append(b)
        column += 1
    }

    /// One character, UTF-8 encoded, counted as one column.
    mutating func put(_ c: Unicode.Scalar) {
        let v = c.value
        if v < 0x80 {
            out.append(UInt8(v))
        } else if v < 0x800 {
            out.append(UInt8(0xC0 | (v >> 6)))
            out.append(UInt8(0x80 | (v & 0x3F)))
        } else if v < 0x10000 {
            out.append(UInt8(0xE0 | (v >> 12)))
            out.append(UInt8(0x80 | ((v >> 6) & 0x3F)))
            out.append(UInt8(0x80 | (v & 0x3F)))
        } else {
            out.append(UInt8(0xF0 | (v >> 18)))
            out.append(UInt8(0x80 | ((v >> 12) & 0x3F)))
            out.append(UInt8(0x80 | ((v >> 6) & 0x3F)))
            out.append(UInt8(0x80 | (v & 0x3F)))
        }
        column += 1
    }

    /// Starts a line at `indent` unless the current line holds only indentation up to there.
    mutating func writeIndent(_ indent: Int) {
        let indent = max(indent, 0)
        if !indention || column > indent || (column == indent && !whitespace) { putBreak() }
        while column < indent { putASCII(0x20) }
        whitespace = true
        indention = true
    }

    /// An indicator such as `-`, `:`, `?`, `|`, `'`, preceded by a space when needed.
    mutating func writeIndicator(_ s: StaticString, needWhitespace: Bool, isWhitespace: Bool, isIndention: Bool) {
        if needWhitespace && !whitespace { putASCII(0x20) }
        s.withUTF8Buffer { for b in $0 { putASCII(b) } }
        whitespace = isWhitespace
        indention = indention && isIndention
    }
}
