/// std encodings: `base64`, `base64Decode`, `base64DecodeBytes`, `encodeUTF8`, `decodeUTF8`.
/// The codecs live in `Std/Hash/Base64.swift` (Base64, GoUTF8).
enum EncodingFunctions {
    static func register(_ std: StdLibrary) {
        std.add(Builtin("base64", ["input"]) { a, vm, site throws(RuntimeError) in
            switch a[0] {
            case .string(let s):
                var str = s.string
                // go-jsonnet encodes the UTF-8 bytes, but only of strings whose code points
                // all fit in a byte; a code point ≥ U+0100 has a lead byte ≥ 0xC4.
                if let c = str.withUTF8({ firstWide($0) }) {
                    throw vm.error("base64 encountered invalid codepoint value in the array (must be 0 <= X <= 255), got \(c.value)", at: site)
                }
                return .string(JString(str.withUTF8 { Base64.encode($0) }))
            case .array(let arr):
                var bytes = [UInt8]()
                bytes.reserveCapacity(arr.count)
                for i in 0..<arr.count {
                    let v = try arr.value(i, vm, site: site)
                    guard case .number(let d) = v, d == d.rounded(.towardZero), d >= -2147483648, d <= 2147483647 else {
                        throw vm.error("base64 encountered a non-integer value in the array, got \(v.typeName)", at: site)
                    }
                    guard d >= 0, d <= 255 else {
                        throw vm.error("base64 encountered invalid codepoint value in the array (must be 0 <= X <= 255), got \(Int(d))", at: site)
                    }
                    bytes.append(UInt8(d))
                }
                return .string(JString(Base64.encode(bytes)))
            default:
                throw vm.error("base64 can only base64 encode strings / arrays of single bytes, got \(a[0].typeName)", at: site)
            }
        })
        std.add(Builtin("base64DecodeBytes", ["str"]) { a, vm, site throws(RuntimeError) in
            return .array(byteArray(try decode(a[0], vm, site)))
        })
        std.add(Builtin("base64Decode", ["str"]) { a, vm, site throws(RuntimeError) in
            let bytes = try decode(a[0], vm, site)
            return .string(JString(GoUTF8.string(bytes)))
        })
        std.add(Builtin("encodeUTF8", ["str"]) { a, vm, site throws(RuntimeError) in
            let s = try vm.string(a[0], site)
            return .array(byteArray(s.string.utf8))
        })
        std.add(Builtin("decodeUTF8", ["arr"]) { a, vm, site throws(RuntimeError) in
            let arr = try vm.array(a[0], site)
            var bytes = [UInt8]()
            bytes.reserveCapacity(arr.count)
            for i in 0..<arr.count {
                let n = try vm.integer(try arr.value(i, vm, site: site), site)
                guard n >= 0, n <= 255 else {
                    throw vm.error("Bytes must be integers in range [0, 255], got \(n)", at: site)
                }
                bytes.append(UInt8(n))
            }
            return .string(JString(GoUTF8.string(bytes)))
        })
    }

    /// A Jsonnet array of byte values.
    private static func byteArray<S: Sequence<UInt8>>(_ bytes: S) -> ArrayValue {
        var e = ContiguousArray<Lazy>()
        e.reserveCapacity(bytes.underestimatedCount)
        for b in bytes { e.append(.ready(.number(Double(b)))) }
        return ArrayValue(e)
    }

    /// The first code point ≥ U+0100 of valid UTF-8 text.
    private static func firstWide(_ u: UnsafeBufferPointer<UInt8>) -> Unicode.Scalar? {
        var i = 0
        while i < u.count {
            let b = u[i]
            if b < 0x80 { i += 1; continue }
            let len = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2
            if b >= 0xC4 {
                var v = UInt32(b) & (len == 2 ? 0x1F : len == 3 ? 0x0F : 0x07)
                for k in 1..<len where i + k < u.count { v = v << 6 | (UInt32(u[i + k]) & 0x3F) }
                return Unicode.Scalar(v) ?? "\u{FFFD}"
            }
            i += len
        }
        return nil
    }

    /// The bytes of a base64 string argument, with go-jsonnet's errors.
    private static func decode(_ v: Value, _ vm: Evaluator, _ site: Node) throws(RuntimeError) -> [UInt8] {
        guard case .string(let s) = v else {
            throw vm.error("base64DecodeBytes requires a string, got \(v.typeName)", at: site)
        }
        if s.utf8Count % 4 != 0 {
            throw vm.error("input string appears not to be a base64 encoded string. Wrong length found (\(s.utf8Count))", at: site)
        }
        var str = s.string
        switch str.withUTF8({ Base64.decode($0) }) {
        case .success(let bytes): return bytes
        case .failure(let e):
            throw vm.error("failed to decode: illegal base64 data at input byte \(e.offset)", at: site)
        }
    }
}
