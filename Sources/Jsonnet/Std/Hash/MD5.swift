/// MD5 message digest (RFC 1321).
enum MD5 {
    /// T[i] = floor(2^32 · |sin(i + 1)|).
    private static let t: [UInt32] = [
        0xd76aa478, 0xe8c7b756, 0x242070db, 0xc1bdceee, 0xf57c0faf, 0x4787c62a, 0xa8304613, 0xfd469501,
        0x698098d8, 0x8b44f7af, 0xffff5bb1, 0x895cd7be, 0x6b901122, 0xfd987193, 0xa679438e, 0x49b40821,
        0xf61e2562, 0xc040b340, 0x265e5a51, 0xe9b6c7aa, 0xd62f105d, 0x02441453, 0xd8a1e681, 0xe7d3fbc8,
        0x21e1cde6, 0xc33707d6, 0xf4d50d87, 0x455a14ed, 0xa9e3e905, 0xfcefa3f8, 0x676f02d9, 0x8d2a4c8a,
        0xfffa3942, 0x8771f681, 0x6d9d6122, 0xfde5380c, 0xa4beea44, 0x4bdecfa9, 0xf6bb4b60, 0xbebfbc70,
        0x289b7ec6, 0xeaa127fa, 0xd4ef3085, 0x04881d05, 0xd9d4d039, 0xe6db99e5, 0x1fa27cf8, 0xc4ac5665,
        0xf4292244, 0x432aff97, 0xab9423a7, 0xfc93a039, 0x655b59c3, 0x8f0ccc92, 0xffeff47d, 0x85845dd1,
        0x6fa87e4f, 0xfe2ce6e0, 0xa3014314, 0x4e0811a1, 0xf7537e82, 0xbd3af235, 0x2ad7d2bb, 0xeb86d391,
    ]
    /// Per-step left rotations, four per round.
    private static let s: [UInt32] = [7, 12, 17, 22, 5, 9, 14, 20, 4, 11, 16, 23, 6, 10, 15, 21]

    static func digest(_ bytes: [UInt8]) -> [UInt8] {
        bytes.withUnsafeBytes { digest($0) }
    }

    static func digest(_ data: UnsafeRawBufferPointer) -> [UInt8] {
        var h0: UInt32 = 0x67452301, h1: UInt32 = 0xefcdab89, h2: UInt32 = 0x98badcfe, h3: UInt32 = 0x10325476
        t.withUnsafeBufferPointer { tp in
            s.withUnsafeBufferPointer { sp in
                var x = [UInt32](repeating: 0, count: 16)
                x.withUnsafeMutableBufferPointer { xp in
                    Digest.mdPad(data, blockSize: 64, lengthBytes: 8, bigEndian: false) { p, blocks in
                        for blk in 0..<blocks {
                            let off = blk * 64
                            for i in 0..<16 { xp[i] = Digest.le32(p, off + 4 * i) }
                            var a = h0, b = h1, c = h2, d = h3
                            for i in 0..<64 {
                                var f: UInt32
                                let g: Int
                                switch i >> 4 {
                                case 0: f = (b & c) | (~b & d); g = i
                                case 1: f = (d & b) | (~d & c); g = (5 &* i &+ 1) & 15
                                case 2: f = b ^ c ^ d; g = (3 &* i &+ 5) & 15
                                default: f = c ^ (b | ~d); g = (7 &* i) & 15
                                }
                                f = f &+ a &+ tp[i] &+ xp[g]
                                a = d; d = c; c = b
                                let r = sp[(i >> 4) << 2 | (i & 3)]
                                b = b &+ ((f &<< r) | (f &>> (32 &- r)))
                            }
                            h0 = h0 &+ a; h1 = h1 &+ b; h2 = h2 &+ c; h3 = h3 &+ d
                        }
                    }
                }
            }
        }
        var out: [UInt8] = []
        out.reserveCapacity(16)
        for h in [h0, h1, h2, h3] { Digest.appendLE(h, to: &out) }
        return out
    }
}
