/// Writing one string scalar in a given style at a given indentation (the indentation of
/// continuation lines and block-scalar content).
extension YAMLEmitWriter {
    mutating func writeScalar(_ s: String, style: YAMLEmitScalarStyle, indent: Int, allowBreaks: Bool) {
        switch style {
        case .plain: writePlain(s, indent: indent, allowBreaks: allowBreaks)
        case .singleQuoted: writeSingleQuoted(s, indent: indent, allowBreaks: allowBreaks)
        case .doubleQuoted: writeDoubleQuoted(s, indent: indent, allowBreaks: allowBreaks)
        case .literal: writeLiteral(s, indent: indent)
        }
    }

    /// A plain scalar; a space past the width (not followed by another space) becomes a break.
    mutating func writePlain(_ s: String, indent: Int, allowBreaks: Bool) {
        if !whitespace && !s.isEmpty { putASCII(0x20) }
        let cs = Array(s.unicodeScalars)
        var spaces = false
        var i = 0
        while i < cs.count {
            let c = cs[i]
            if c == " " {
                if allowBreaks && !spaces && column > Self.bestWidth && !(i + 1 < cs.count && cs[i + 1] == " ") {
                    writeIndent(indent)
                } else {
                    put(c)
                }
                spaces = true
            } else {
                put(c)
                spaces = false
            }
            i += 1
        }
        whitespace = false
        indention = false
    }

    /// `'...'` with `''` for a quote; folds like plain scalars (never at the first or last char).
    mutating func writeSingleQuoted(_ s: String, indent: Int, allowBreaks: Bool) {
        writeIndicator("'", needWhitespace: true, isWhitespace: false, isIndention: false)
        let cs = Array(s.unicodeScalars)
        var spaces = false, breaks = false
        var i = 0
        while i < cs.count {
            let c = cs[i]
            if c == " " {
                if allowBreaks && !spaces && column > Self.bestWidth && i != 0 && i != cs.count - 1
                    && !(i + 1 < cs.count && cs[i + 1] == " ") {
                    writeIndent(indent)
                } else {
                    put(c)
                }
                spaces = true
            } else if YAMLEmitScalarStyle.isBreak(c.value) {
                if !breaks && c == "\n" { putBreak() }
                if c == "\n" { putBreak() } else { put(c); column = 0 }
                indention = true
                breaks = true
            } else {
                if breaks { writeIndent(indent) }
                put(c)
                if c == "'" { put(c) }
                indention = false
                spaces = false
                breaks = false
            }
            i += 1
        }
        writeIndicator("'", needWhitespace: false, isWhitespace: false, isIndention: false)
    }

    /// `"..."` with escapes for non-printable characters, breaks, `"` and `\`.
    mutating func writeDoubleQuoted(_ s: String, indent: Int, allowBreaks: Bool) {
        writeIndicator("\"", needWhitespace: true, isWhitespace: false, isIndention: false)
        let cs = Array(s.unicodeScalars)
        var spaces = false
        var i = 0
        while i < cs.count {
            let c = cs[i]
            let v = c.value
            if !YAMLEmitScalarStyle.isPrintable(v) || YAMLEmitScalarStyle.isBreak(v) || v == 0x22 || v == 0x5C {
                putASCII(UInt8(ascii: "\\"))
                switch v {
                case 0x00: putASCII(UInt8(ascii: "0"))
                case 0x07: putASCII(UInt8(ascii: "a"))
                case 0x08: putASCII(UInt8(ascii: "b"))
                case 0x09: putASCII(UInt8(ascii: "t"))
                case 0x0A: putASCII(UInt8(ascii: "n"))
                case 0x0B: putASCII(UInt8(ascii: "v"))
                case 0x0C: putASCII(UInt8(ascii: "f"))
                case 0x0D: putASCII(UInt8(ascii: "r"))
                case 0x1B: putASCII(UInt8(ascii: "e"))
                case 0x22: putASCII(UInt8(ascii: "\""))
                case 0x5C: putASCII(UInt8(ascii: "\\"))
                case 0x85: putASCII(UInt8(ascii: "N"))
                case 0xA0: putASCII(UInt8(ascii: "_"))
                case 0x2028: putASCII(UInt8(ascii: "L"))
                case 0x2029: putASCII(UInt8(ascii: "P"))
                default:
                    let (letter, width): (UInt8, Int) = v <= 0xFF ? (UInt8(ascii: "x"), 2) : v <= 0xFFFF ? (UInt8(ascii: "u"), 4) : (UInt8(ascii: "U"), 8)
                    putASCII(letter)
                    for k in stride(from: (width - 1) * 4, through: 0, by: -4) {
                        let d = UInt8((v >> UInt32(k)) & 0xF)
                        putASCII(d < 10 ? 0x30 + d : 0x41 + d - 10)
                    }
                }
                spaces = false
            } else if c == " " {
                if allowBreaks && !spaces && column > Self.bestWidth && i != 0 && i != cs.count - 1 {
                    writeIndent(indent)
                    if i + 1 < cs.count && cs[i + 1] == " " { putASCII(UInt8(ascii: "\\")) }
                } else {
                    put(c)
                }
                spaces = true
            } else {
                put(c)
                spaces = false
            }
            i += 1
        }
        writeIndicator("\"", needWhitespace: false, isWhitespace: false, isIndention: false)
    }

    /// `|` block: an indentation indicator when the text starts with a space or break; `-` when
    /// it ends without a break, `+` when it ends with two or more, none for exactly one.
    mutating func writeLiteral(_ s: String, indent: Int) {
        writeIndicator("|", needWhitespace: true, isWhitespace: false, isIndention: false)
        let cs = Array(s.unicodeScalars)
        if let f = cs.first, f == " " || YAMLEmitScalarStyle.isBreak(f.value) {
            putASCII(UInt8(ascii: "0") + UInt8(Self.bestIndent))
        }
        if let last = cs.last {
            if !YAMLEmitScalarStyle.isBreak(last.value) {
                putASCII(UInt8(ascii: "-"))
            } else if cs.count == 1 || YAMLEmitScalarStyle.isBreak(cs[cs.count - 2].value) {
                putASCII(UInt8(ascii: "+"))
            }
        }
        whitespace = false
        putBreak()
        indention = true
        whitespace = true
        var breaks = true
        for c in cs {
            if YAMLEmitScalarStyle.isBreak(c.value) {
                if c == "\n" { putBreak() } else { put(c); column = 0 }
                indention = true
                breaks = true
            } else {
                if breaks { writeIndent(indent) }
                put(c)
                indention = false
                breaks = false
            }
        }
    }
}
