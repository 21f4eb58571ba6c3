/// SHA-1 (FIPS 180-4, section 6.1).
enum SHA1 {
    static func digest(_ bytes: [UInt8]) -> [UInt8] {
        bytes.withUnsafeBytes { digest($0) }
    }

    static func digest(_ data: UnsafeRawBufferPointer) -> [UInt8] {
        var h0: UInt32 = 0x67452301, h1: UInt32 = 0xefcdab89, h2: UInt32 = 0x98badcfe
        var h3: UInt32 = 0x10325476, h4: UInt32 = 0xc3d2e1f0
        var w = [UInt32](repeating: 0, count: 80)
        w.withUnsafeMutableBufferPointer { wp in
            Digest.mdPad(data, blockSize: 64, lengthBytes: 8, bigEndian: true) { p, blocks in
                for blk in 0..<blocks {
                    let off = blk * 64
                    for i in 0..<16 { wp[i] = Digest.be32(p, off + 4 * i) }
                    for i in 16..<80 {
                        let x = wp[i - 3] ^ wp[i - 8] ^ wp[i - 14] ^ wp[i - 16]
                        wp[i] = (x << 1) | (x >> 31)
                    }
                    var a = h0, b = h1, c = h2, d = h3, e = h4
                    @inline(__always) func step(_ f: UInt32, _ k: UInt32, _ i: Int) {
                        let t = ((a << 5) | (a >> 27)) &+ f &+ e &+ k &+ wp[i]
                        e = d; d = c; c = (b << 30) | (b >> 2); b = a; a = t
                    }
                    for i in 0..<20 { step((b & c) | (~b & d), 0x5a827999, i) }
                    for i in 20..<40 { step(b ^ c ^ d, 0x6ed9eba1, i) }
                    for i in 40..<60 { step((b & c) | (b & d) | (c & d), 0x8f1bbcdc, i) }
                    for i in 60..<80 { step(b ^ c ^ d, 0xca62c1d6, i) }
                    h0 = h0 &+ a; h1 = h1 &+ b; h2 = h2 &+ c; h3 = h3 &+ d; h4 = h4 &+ e
                }
            }
        }
        var out: [UInt8] = []
        out.reserveCapacity(20)
        for h in [h0, h1, h2, h3, h4] { Digest.appendBE(h, to: &out) }
        return out
    }
}
