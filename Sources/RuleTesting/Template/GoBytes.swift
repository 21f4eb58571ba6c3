#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Go strings are byte sequences; Swift strings hold only valid UTF-8. A Go string byte that
/// is not part of valid UTF-8 (from a `\xff` escape, or slicing inside a character) is held
/// as the private-use scalar U+10FF00+byte, so `len`, `index`, `slice`, `%x` and `%q` see the
/// bytes Go sees. Expansion results carry U+FFFD in their place.
enum GoBytes {
    static let base: UInt32 = 0x10FF00

    /// Whether a scalar stands for a raw byte.
    @inline(__always)
    static func isRawByte(_ s: Unicode.Scalar) -> Bool { s.value >= base + 0x80 }

    /// Whether `s` holds any raw byte (a 4-byte UTF-8 sequence starting F4 8F BE/BF).
    static func hasRawBytes(_ s: String) -> Bool {
        // Fast path: no F4 lead byte at all (memchr over the contiguous UTF-8).
        var s = s
        let maybe = s.withUTF8 { buf -> Bool in
            guard let base = buf.baseAddress, buf.count > 0 else { return false }
            return memchr(base, 0xF4, buf.count) != nil
        }
        if !maybe { return false }
        var it = s.utf8.makeIterator()
        while let b = it.next() {
            if b == 0xF4, let b2 = it.next(), b2 == 0x8F, let b3 = it.next(), b3 == 0xBE || b3 == 0xBF { return true }
        }
        return false
    }

    /// The Go bytes of `s`.
    static func bytes(_ s: String) -> [UInt8] {
        guard hasRawBytes(s) else { return Array(s.utf8) }
        var out: [UInt8] = []
        out.reserveCapacity(s.utf8.count)
        for u in s.unicodeScalars {
            if isRawByte(u) {
                out.append(UInt8(u.value - base))
            } else {
                out.append(contentsOf: String(Character(u)).utf8)
            }
        }
        return out
    }

    /// The Go length of `s` in bytes.
    static func count(_ s: String) -> Int {
        guard hasRawBytes(s) else { return s.utf8.count }
        var n = 0
        for u in s.unicodeScalars { n += isRawByte(u) ? 1 : String(Character(u)).utf8.count }
        return n
    }

    /// A Go string of `bytes`: valid UTF-8 as is, other bytes as raw-byte scalars.
    static func string<C: Collection>(_ bytes: C) -> String where C.Element == UInt8 {
        if let valid = String(validating: bytes, as: UTF8.self), !hasRawBytes(valid) { return valid }
        let b = Array(bytes)
        var out = String.UnicodeScalarView()
        var i = 0
        while i < b.count {
            let (scalar, width) = decode(b, i)
            if let scalar {
                out.append(scalar)
            } else {
                out.append(Unicode.Scalar(base + UInt32(b[i]))!)
            }
            i += width
        }
        return String(out)
    }

    /// The scalar at `i` and its length, or nil and 1 for a byte that starts no valid sequence.
    private static func decode(_ b: [UInt8], _ i: Int) -> (Unicode.Scalar?, Int) {
        let b0 = b[i]
        if b0 < 0x80 { return (Unicode.Scalar(b0), 1) }
        func cont(_ k: Int) -> UInt32? {
            guard i + k < b.count, b[i + k] & 0xC0 == 0x80 else { return nil }
            return UInt32(b[i + k] & 0x3F)
        }
        if b0 & 0xE0 == 0xC0, let c1 = cont(1) {
            let v = (UInt32(b0 & 0x1F) << 6) | c1
            if v >= 0x80 { return (Unicode.Scalar(v), 2) }
        } else if b0 & 0xF0 == 0xE0, let c1 = cont(1), let c2 = cont(2) {
            let v = (UInt32(b0 & 0x0F) << 12) | (c1 << 6) | c2
            if v >= 0x800, let s = Unicode.Scalar(v) { return (s, 3) }
        } else if b0 & 0xF8 == 0xF0, let c1 = cont(1), let c2 = cont(2), let c3 = cont(3) {
            let v = (UInt32(b0 & 0x07) << 18) | (c1 << 12) | (c2 << 6) | c3
            if v >= 0x10000, let s = Unicode.Scalar(v) { return (s, 4) }
        }
        return (nil, 1)
    }

    /// `s` with raw bytes that now form valid UTF-8 (after concatenation) joined into scalars.
    static func normalized(_ s: String) -> String {
        hasRawBytes(s) ? string(bytes(s)) : s
    }

    /// Raw bytes replaced by U+FFFD, as a Go string is read as UTF-8 (`strings.Map`, output).
    static func replacingRawBytes(_ s: String) -> String {
        guard hasRawBytes(s) else { return s }
        var out = String.UnicodeScalarView()
        for u in s.unicodeScalars { out.append(isRawByte(u) ? "\u{FFFD}" : u) }
        return String(out)
    }

    /// Go's bytewise string order.
    static func less(_ a: String, _ b: String) -> Bool {
        if !hasRawBytes(a) && !hasRawBytes(b) { return a.utf8.lexicographicallyPrecedes(b.utf8) }
        return bytes(a).lexicographicallyPrecedes(bytes(b))
    }

    /// Go's bytewise string equality.
    static func equal(_ a: String, _ b: String) -> Bool {
        if !hasRawBytes(a) && !hasRawBytes(b) { return a.utf8.elementsEqual(b.utf8) }
        return bytes(a) == bytes(b)
    }
}
