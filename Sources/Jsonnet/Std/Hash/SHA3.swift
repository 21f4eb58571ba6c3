/// SHA3-512 (FIPS 202): Keccak-f[1600] with rate 576 bits and the SHA-3 domain padding
/// (suffix bits 01, then pad10*1). go-jsonnet's std.sha3 is this function, not the original
/// Keccak-512 (which pads with 0x01 instead of 0x06).
enum SHA3 {
    /// Round constants RC[i] (FIPS 202 §3.2.5).
    private static let rc: [UInt64] = [
        0x0000000000000001, 0x0000000000008082, 0x800000000000808a, 0x8000000080008000,
        0x000000000000808b, 0x0000000080000001, 0x8000000080008081, 0x8000000000008009,
        0x000000000000008a, 0x0000000000000088, 0x0000000080008009, 0x000000008000000a,
        0x000000008000808b, 0x800000000000008b, 0x8000000000008089, 0x8000000000008003,
        0x8000000000008002, 0x8000000000000080, 0x000000000000800a, 0x800000008000000a,
        0x8000000080008081, 0x8000000000008080, 0x0000000080000001, 0x8000000080008008,
    ]
    /// ρ rotation offsets, lane (x, y) at index x + 5y (FIPS 202 §3.2.2).
    private static let rho: [UInt64] = [0, 1, 62, 28, 27, 36, 44, 6, 55, 20, 3, 10, 43, 25, 39, 41, 45, 15, 21, 8, 18, 2, 61, 56, 14]
    /// π: lane (x, y) moves to (y, 2x + 3y mod 5) (FIPS 202 §3.2.3).
    private static let pi: [Int] = (0..<25).map { i in
        let x = i % 5, y = i / 5
        return y + 5 * ((2 * x + 3 * y) % 5)
    }

    static func digest(_ bytes: [UInt8]) -> [UInt8] {
        bytes.withUnsafeBytes { digest($0) }
    }

    @inline(__always)
    private static func rotl(_ x: UInt64, _ n: UInt64) -> UInt64 { (x &<< n) | (x &>> (64 &- n)) }

    /// Keccak-f[1600] on the 25 lanes at `a`, using `b` as scratch.
    @inline(__always)
    private static func permute(_ a: UnsafeMutablePointer<UInt64>, _ b: UnsafeMutablePointer<UInt64>,
                                _ rcp: UnsafeBufferPointer<UInt64>, _ rhop: UnsafeBufferPointer<UInt64>,
                                _ pip: UnsafeBufferPointer<Int>) {
        for round in 0..<24 {
            // θ
            let c0 = a[0] ^ a[5] ^ a[10] ^ a[15] ^ a[20]
            let c1 = a[1] ^ a[6] ^ a[11] ^ a[16] ^ a[21]
            let c2 = a[2] ^ a[7] ^ a[12] ^ a[17] ^ a[22]
            let c3 = a[3] ^ a[8] ^ a[13] ^ a[18] ^ a[23]
            let c4 = a[4] ^ a[9] ^ a[14] ^ a[19] ^ a[24]
            let d0 = c4 ^ rotl(c1, 1), d1 = c0 ^ rotl(c2, 1), d2 = c1 ^ rotl(c3, 1)
            let d3 = c2 ^ rotl(c4, 1), d4 = c3 ^ rotl(c0, 1)
            var y = 0
            while y < 25 {
                a[y] ^= d0; a[y + 1] ^= d1; a[y + 2] ^= d2; a[y + 3] ^= d3; a[y + 4] ^= d4
                y += 5
            }
            // ρ and π
            for i in 0..<25 { b[pip[i]] = rotl(a[i], rhop[i]) }
            // χ
            y = 0
            while y < 25 {
                let b0 = b[y], b1 = b[y + 1], b2 = b[y + 2], b3 = b[y + 3], b4 = b[y + 4]
                a[y] = b0 ^ (~b1 & b2)
                a[y + 1] = b1 ^ (~b2 & b3)
                a[y + 2] = b2 ^ (~b3 & b4)
                a[y + 3] = b3 ^ (~b4 & b0)
                a[y + 4] = b4 ^ (~b0 & b1)
                y += 5
            }
            // ι
            a[0] ^= rcp[round]
        }
    }

    /// SHA3-512 of `data`.
    static func digest(_ data: UnsafeRawBufferPointer) -> [UInt8] {
        let rate = 72
        let state = UnsafeMutablePointer<UInt64>.allocate(capacity: 50)
        defer { state.deallocate() }
        state.initialize(repeating: 0, count: 50)
        let scratch = state + 25
        rc.withUnsafeBufferPointer { rcp in
            rho.withUnsafeBufferPointer { rhop in
                pi.withUnsafeBufferPointer { pip in
                    let whole = data.count / rate
                    if whole > 0, let base = data.baseAddress {
                        for blk in 0..<whole {
                            let off = blk * rate
                            for i in 0..<(rate / 8) { state[i] ^= Digest.le64(base, off + 8 * i) }
                            permute(state, scratch, rcp, rhop, pip)
                        }
                    }
                    var last = [UInt8](data[(whole * rate)...])
                    last.append(0x06)
                    while last.count < rate { last.append(0) }
                    last[rate - 1] |= 0x80
                    last.withUnsafeBytes { p in
                        for i in 0..<(rate / 8) { state[i] ^= Digest.le64(p.baseAddress!, 8 * i) }
                    }
                    permute(state, scratch, rcp, rhop, pip)
                }
            }
        }
        var out: [UInt8] = []
        out.reserveCapacity(64)
        for i in 0..<8 { Digest.appendLE(state[i], to: &out) }
        return out
    }
}
