/// Base64 with the standard alphabet and `=` padding (RFC 4648 §4). Decoding follows Go's
/// `encoding/base64` StdEncoding as go-jsonnet uses it: `\r` and `\n` anywhere are skipped,
/// non-zero trailing bits are accepted, and an error names the offending input byte offset.
enum Base64 {
    private static let alphabet: [UInt8] = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)
    /// Byte → 6-bit value, 0xFF for bytes outside the alphabet.
    private static let decodeMap: [UInt8] = {
        var m = [UInt8](repeating: 0xFF, count: 256)
        for (i, c) in alphabet.enumerated() { m[Int(c)] = UInt8(i) }
        return m
    }()

    static func encode(_ bytes: [UInt8]) -> String {
        bytes.withUnsafeBufferPointer { encode($0) }
    }

    static func encode(_ src: UnsafeBufferPointer<UInt8>) -> String {
        let n = src.count
        if n == 0 { return "" }
        let outCount = (n + 2) / 3 * 4
        return alphabet.withUnsafeBufferPointer { a in
            String(unsafeUninitializedCapacity: outCount) { out in
                var i = 0, o = 0
                while i + 3 <= n {
                    let v = UInt32(src[i]) << 16 | UInt32(src[i + 1]) << 8 | UInt32(src[i + 2])
                    out[o] = a[Int(v >> 18)]
                    out[o + 1] = a[Int((v >> 12) & 63)]
                    out[o + 2] = a[Int((v >> 6) & 63)]
                    out[o + 3] = a[Int(v & 63)]
                    i += 3
                    o += 4
                }
                let rest = n - i
                if rest > 0 {
                    var v = UInt32(src[i]) << 16
                    if rest == 2 { v |= UInt32(src[i + 1]) << 8 }
                    out[o] = a[Int(v >> 18)]
                    out[o + 1] = a[Int((v >> 12) & 63)]
                    out[o + 2] = rest == 2 ? a[Int((v >> 6) & 63)] : UInt8(ascii: "=")
                    out[o + 3] = UInt8(ascii: "=")
                    o += 4
                }
                return o
            }
        }
    }

    /// Decodes `src`; on failure returns the offset Go's decoder reports
    /// ("illegal base64 data at input byte N").
    static func decode(_ src: UnsafeBufferPointer<UInt8>) -> Result<[UInt8], CorruptInput> {
        var out = [UInt8]()
        out.reserveCapacity(src.count / 4 * 3)
        let n = src.count
        var si = 0
        return decodeMap.withUnsafeBufferPointer { (m) -> Result<[UInt8], CorruptInput> in
            // Fast path: whole quanta of four alphabet characters.
            while si + 4 <= n {
                let a = m[Int(src[si])], b = m[Int(src[si + 1])], c = m[Int(src[si + 2])], d = m[Int(src[si + 3])]
                if (a | b | c | d) == 0xFF { break }
                let v = UInt32(a) << 18 | UInt32(b) << 12 | UInt32(c) << 6 | UInt32(d)
                out.append(UInt8(truncatingIfNeeded: v >> 16))
                out.append(UInt8(truncatingIfNeeded: v >> 8))
                out.append(UInt8(truncatingIfNeeded: v))
                si += 4
            }
            // General path, one quantum at a time, with newlines and padding.
            while si < n {
                var q: (UInt8, UInt8, UInt8, UInt8) = (0, 0, 0, 0)
                var dlen = 4
                var j = 0
                var trailing: Int? = nil
                quantum: while j < 4 {
                    if si == n {
                        if j == 0 { return .success(out) }
                        return .failure(CorruptInput(offset: si - j))
                    }
                    let ch = src[si]
                    si += 1
                    let v = m[Int(ch)]
                    if v != 0xFF {
                        switch j {
                        case 0: q.0 = v
                        case 1: q.1 = v
                        case 2: q.2 = v
                        default: q.3 = v
                        }
                        j += 1
                        continue
                    }
                    if ch == 0x0A || ch == 0x0D { continue }
                    if ch != UInt8(ascii: "=") { return .failure(CorruptInput(offset: si - 1)) }
                    // Padding.
                    if j < 2 { return .failure(CorruptInput(offset: si - 1)) }
                    if j == 2 {
                        // A second "=" must follow (newlines aside).
                        while si < n && (src[si] == 0x0A || src[si] == 0x0D) { si += 1 }
                        if si == n { return .failure(CorruptInput(offset: n)) }
                        if src[si] != UInt8(ascii: "=") { return .failure(CorruptInput(offset: si - 1)) }
                        si += 1
                    }
                    while si < n && (src[si] == 0x0A || src[si] == 0x0D) { si += 1 }
                    if si < n { trailing = si }
                    dlen = j
                    break quantum
                }
                let v = UInt32(q.0) << 18 | UInt32(q.1) << 12 | UInt32(q.2) << 6 | UInt32(q.3)
                out.append(UInt8(truncatingIfNeeded: v >> 16))
                if dlen >= 3 { out.append(UInt8(truncatingIfNeeded: v >> 8)) }
                if dlen == 4 { out.append(UInt8(truncatingIfNeeded: v)) }
                if let t = trailing { return .failure(CorruptInput(offset: t)) }
            }
            return .success(out)
        }
    }

    struct CorruptInput: Error {
        let offset: Int
    }
}

/// UTF-8 decoding as Go converts bytes to a string of runes: every maximal valid sequence
/// is kept, and each byte that does not start one becomes U+FFFD (one per byte, unlike
/// Swift's `String(decoding:)`, which replaces maximal invalid subparts).
enum GoUTF8 {
    /// `bytes` with every invalid byte replaced by the encoding of U+FFFD.
    static func string(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        let n = bytes.count
        // Validate first; valid input (the usual case) is copied as it is.
        var i = 0
        while i < n {
            let w = width(bytes, i)
            if w == 0 { break }
            i += w
        }
        if i == n { return String(decoding: bytes, as: UTF8.self) }
        var out = [UInt8]()
        out.reserveCapacity(n + 16)
        out.append(contentsOf: bytes[0..<i])
        while i < n {
            let w = width(bytes, i)
            if w == 0 {
                out.append(0xEF); out.append(0xBF); out.append(0xBD)
                i += 1
            } else {
                out.append(contentsOf: bytes[i..<(i + w)])
                i += w
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    static func string(_ bytes: [UInt8]) -> String {
        bytes.withUnsafeBufferPointer { string($0) }
    }

    /// Length of the valid UTF-8 sequence starting at `i`, or 0 if there is none
    /// (overlong forms, surrogates and code points above U+10FFFF are invalid).
    @inline(__always)
    private static func width(_ s: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int {
        let b0 = s[i]
        if b0 < 0x80 { return 1 }
        let n = s.count
        @inline(__always) func cont(_ k: Int, _ lo: UInt8 = 0x80, _ hi: UInt8 = 0xBF) -> Bool {
            k < n && s[k] >= lo && s[k] <= hi
        }
        switch b0 {
        case 0xC2...0xDF:
            return cont(i + 1) ? 2 : 0
        case 0xE0:
            return cont(i + 1, 0xA0) && cont(i + 2) ? 3 : 0
        case 0xE1...0xEC, 0xEE...0xEF:
            return cont(i + 1) && cont(i + 2) ? 3 : 0
        case 0xED:
            return cont(i + 1, 0x80, 0x9F) && cont(i + 2) ? 3 : 0
        case 0xF0:
            return cont(i + 1, 0x90) && cont(i + 2) && cont(i + 3) ? 4 : 0
        case 0xF1...0xF3:
            return cont(i + 1) && cont(i + 2) && cont(i + 3) ? 4 : 0
        case 0xF4:
            return cont(i + 1, 0x80, 0x8F) && cont(i + 2) && cont(i + 3) ? 4 : 0
        default:
            return 0
        }
    }
}
