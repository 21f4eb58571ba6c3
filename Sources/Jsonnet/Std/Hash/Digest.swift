/// Helpers shared by the hash implementations: big/little-endian word loads and stores, and
/// the Merkle–Damgård padding used by MD5, SHA-1 and SHA-2.
enum Digest {
    /// Lowercase hexadecimal text of `bytes`.
    static func hex(_ bytes: [UInt8]) -> String {
        let digits: [UInt8] = Array("0123456789abcdef".utf8)
        var out = [UInt8]()
        out.reserveCapacity(bytes.count * 2)
        for b in bytes {
            out.append(digits[Int(b >> 4)])
            out.append(digits[Int(b & 15)])
        }
        return String(decoding: out, as: UTF8.self)
    }

    @inline(__always)
    static func be32(_ p: UnsafeRawPointer, _ offset: Int) -> UInt32 {
        UInt32(bigEndian: p.loadUnaligned(fromByteOffset: offset, as: UInt32.self))
    }

    @inline(__always)
    static func le32(_ p: UnsafeRawPointer, _ offset: Int) -> UInt32 {
        UInt32(littleEndian: p.loadUnaligned(fromByteOffset: offset, as: UInt32.self))
    }

    @inline(__always)
    static func be64(_ p: UnsafeRawPointer, _ offset: Int) -> UInt64 {
        UInt64(bigEndian: p.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
    }

    @inline(__always)
    static func le64(_ p: UnsafeRawPointer, _ offset: Int) -> UInt64 {
        UInt64(littleEndian: p.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
    }

    static func appendBE<T: FixedWidthInteger>(_ v: T, to out: inout [UInt8]) {
        var x = v.bigEndian
        withUnsafeBytes(of: &x) { out.append(contentsOf: $0) }
    }

    static func appendLE<T: FixedWidthInteger>(_ v: T, to out: inout [UInt8]) {
        var x = v.littleEndian
        withUnsafeBytes(of: &x) { out.append(contentsOf: $0) }
    }

    /// Runs `compress` over every whole block of `data`, then over the padded tail: a 0x80
    /// byte, zeros, and the message length in bits (`lengthBytes` wide — 8 for MD5/SHA-1/
    /// SHA-256, 16 for SHA-512 — big-endian, or little-endian for MD5).
    static func mdPad(_ data: UnsafeRawBufferPointer, blockSize: Int, lengthBytes: Int, bigEndian: Bool,
                      _ compress: (UnsafeRawPointer, Int) -> Void) {
        let whole = data.count / blockSize
        if whole > 0, let base = data.baseAddress { compress(base, whole) }
        var tail = [UInt8](data[(whole * blockSize)...])
        tail.append(0x80)
        while (tail.count + lengthBytes) % blockSize != 0 { tail.append(0) }
        let bits = UInt64(data.count) &* 8
        let high = UInt64(data.count) >> 61
        if bigEndian {
            if lengthBytes == 16 { appendBE(high, to: &tail) }
            appendBE(bits, to: &tail)
        } else {
            appendLE(bits, to: &tail)
        }
        tail.withUnsafeBytes { compress($0.baseAddress!, tail.count / blockSize) }
    }
}

extension UnsafeRawBufferPointer {
    /// An empty buffer with no base address, for hashing nothing.
    static var emptyBytes: UnsafeRawBufferPointer { UnsafeRawBufferPointer(start: nil, count: 0) }
}
