import YAML

/// Go's `strconv.FormatFloat(v, fmt, prec, 64)`: shortest round-trip digits for `prec < 0`,
/// otherwise correctly rounded digits of the exact binary value (ties to even).
enum GoFloat {
    /// Decimal digits `d1 d2 …` (ASCII) of a value 0.d1d2… × 10^point; no digits for zero.
    struct Digits {
        var d: [UInt8]
        var point: Int
    }

    /// The shortest digits that read back as `v` (finite, non-negative).
    static func shortest(_ v: Double) -> Digits {
        if v == 0 { return Digits(d: [], point: 0) }
        let r = ShortestDigits.of(description: v.description)
        return Digits(d: r.digits, point: r.point)
    }

    /// All digits of the exact value of `v` (finite, non-negative).
    static func exact(_ v: Double) -> Digits {
        if v == 0 { return Digits(d: [], point: 0) }
        var mant = v.significandBitPattern
        var exp = Int(v.exponentBitPattern)
        if exp == 0 {
            exp = -1074
        } else {
            mant |= 1 << 52
            exp -= 1075
        }
        while mant & 1 == 0 && mant != 0 {
            mant >>= 1
            exp += 1
        }
        // Little-endian limbs in base 10^9.
        var limbs: [UInt64] = []
        var m = mant
        while m > 0 {
            limbs.append(m % 1_000_000_000)
            m /= 1_000_000_000
        }
        func mul(_ k: UInt64) {
            var carry: UInt64 = 0
            for i in 0..<limbs.count {
                let x = limbs[i] * k + carry
                limbs[i] = x % 1_000_000_000
                carry = x / 1_000_000_000
            }
            while carry > 0 {
                limbs.append(carry % 1_000_000_000)
                carry /= 1_000_000_000
            }
        }
        var fracDigits = 0
        if exp > 0 {
            var e = exp
            while e >= 29 { mul(1 << 29); e -= 29 }
            if e > 0 { mul(1 << UInt64(e)) }
        } else if exp < 0 {
            var k = -exp
            fracDigits = k
            while k >= 13 { mul(1_220_703_125); k -= 13 }
            var p: UInt64 = 1
            for _ in 0..<k { p *= 5 }
            if p > 1 { mul(p) }
        }
        var d: [UInt8] = []
        d.reserveCapacity(limbs.count * 9)
        for (i, limb) in limbs.reversed().enumerated() {
            let s = Array(String(limb).utf8)
            if i > 0 { for _ in 0..<(9 - s.count) { d.append(UInt8(ascii: "0")) } }
            d += s
        }
        let point = d.count - fracDigits
        while d.last == UInt8(ascii: "0") { d.removeLast() }
        return Digits(d: d, point: point)
    }

    /// Rounds to `nd` digits (ties to even on an exact half), dropping trailing zeros.
    static func round(_ x: Digits, to nd: Int) -> Digits {
        if nd < 0 || nd >= x.d.count { return x }
        var up: Bool
        let c = x.d[nd]
        if c == UInt8(ascii: "5") && nd + 1 == x.d.count {
            up = nd > 0 && (x.d[nd - 1] - UInt8(ascii: "0")) % 2 == 1
        } else {
            up = c >= UInt8(ascii: "5")
        }
        var d = Array(x.d[0..<nd])
        var point = x.point
        if up {
            var i = nd - 1
            while i >= 0 && d[i] == UInt8(ascii: "9") { i -= 1 }
            if i < 0 {
                d = [UInt8(ascii: "1")]
                point += 1
            } else {
                d[i] += 1
                d.removeSubrange((i + 1)...)
            }
        }
        while d.last == UInt8(ascii: "0") { d.removeLast() }
        return Digits(d: d, point: point)
    }

    /// `strconv.FormatFloat(v, fmt, prec, 64)` for fmt in `b e E f g G x X`.
    static func format(_ v: Double, _ fmt: Character, _ prec: Int) -> String {
        if v.isNaN { return "NaN" }
        if v.isInfinite { return v < 0 ? "-Inf" : "+Inf" }
        let neg = v.sign == .minus
        let a = abs(v)
        switch fmt {
        case "b": return formatB(v)
        case "x", "X": return formatX(v, prec, upper: fmt == "X")
        default: break
        }
        var digs: Digits
        var p = prec
        let shortestMode = prec < 0
        if shortestMode {
            digs = shortest(a)
            switch fmt {
            case "e", "E": p = max(digs.d.count - 1, 0)
            case "f": p = max(digs.d.count - digs.point, 0)
            default: p = digs.d.count
            }
        } else {
            let ex = exact(a)
            switch fmt {
            case "e", "E": digs = round(ex, to: p + 1)
            case "f": digs = round(ex, to: ex.point + p)
            default:
                if p == 0 { p = 1 }
                digs = round(ex, to: p)
            }
        }
        var out = neg ? "-" : ""
        switch fmt {
        case "e", "E":
            out += fmtE(digs, p, fmt)
        case "f":
            out += fmtF(digs, p)
        default:
            var eprec = p
            if eprec > digs.d.count && digs.d.count >= digs.point { eprec = digs.d.count }
            if shortestMode { eprec = 6 }
            let exp = digs.point - 1
            if exp < -4 || exp >= eprec {
                if p > digs.d.count { p = digs.d.count }
                out += fmtE(digs, p - 1, fmt == "G" ? "E" : "e")
            } else {
                if p > digs.point { p = digs.d.count }
                out += fmtF(digs, max(p - digs.point, 0))
            }
        }
        return out
    }

    private static func fmtE(_ digs: Digits, _ prec: Int, _ e: Character) -> String {
        var out: [UInt8] = []
        out.append(digs.d.isEmpty ? UInt8(ascii: "0") : digs.d[0])
        if prec > 0 {
            out.append(UInt8(ascii: "."))
            var i = 1
            let m = min(digs.d.count, prec + 1)
            while i < m { out.append(digs.d[i]); i += 1 }
            while i <= prec { out.append(UInt8(ascii: "0")); i += 1 }
        }
        out.append(e == "E" ? UInt8(ascii: "E") : UInt8(ascii: "e"))
        var exp = digs.d.isEmpty ? 0 : digs.point - 1
        if exp < 0 {
            out.append(UInt8(ascii: "-"))
            exp = -exp
        } else {
            out.append(UInt8(ascii: "+"))
        }
        if exp < 10 { out.append(UInt8(ascii: "0")) }
        out += Array(String(exp).utf8)
        return String(decoding: out, as: UTF8.self)
    }

    private static func fmtF(_ digs: Digits, _ prec: Int) -> String {
        var out: [UInt8] = []
        if digs.point > 0 {
            var m = min(digs.d.count, digs.point)
            out += digs.d[0..<m]
            while m < digs.point { out.append(UInt8(ascii: "0")); m += 1 }
        } else {
            out.append(UInt8(ascii: "0"))
        }
        if prec > 0 {
            out.append(UInt8(ascii: "."))
            for i in 1...prec {
                let j = digs.point + i - 1
                out.append(j >= 0 && j < digs.d.count ? digs.d[j] : UInt8(ascii: "0"))
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// `%b`: decimal mantissa, `p`, binary exponent (`4503599627370496p-52`).
    private static func formatB(_ v: Double) -> String {
        var mant = v.significandBitPattern
        var exp = Int(v.exponentBitPattern)
        if exp == 0 {
            exp = 1
        } else {
            mant |= 1 << 52
        }
        exp -= 1075
        let sign = v.sign == .minus ? "-" : ""
        return sign + String(mant) + "p" + (exp >= 0 ? "+" : "-") + String(abs(exp))
    }

    /// `%x`: `0x1.8p+01`, mantissa rounded to `prec` hex digits (shortest when negative).
    private static func formatX(_ v: Double, _ prec: Int, upper: Bool) -> String {
        let sign = v.sign == .minus ? "-" : ""
        var mant: UInt64
        var exp: Int
        if v == 0 {
            mant = 0
            exp = 0
        } else {
            mant = v.significandBitPattern
            exp = Int(v.exponentBitPattern)
            if exp == 0 {
                exp = -1022
                // Normalise a subnormal so the leading bit is bit 52.
                while mant & (1 << 52) == 0 {
                    mant <<= 1
                    exp -= 1
                }
            } else {
                mant |= 1 << 52
                exp -= 1023
            }
        }
        // mant has the leading 1 at bit 52; 52 fraction bits = 13 hex digits.
        var lead: UInt64 = mant >> 52
        var frac = mant & ((1 << 52) - 1)
        var ndigits = 13
        if prec >= 0 && prec < 13 {
            let shift = UInt64(52 - 4 * prec)
            var q = mant >> shift
            let rem = mant & ((1 << shift) - 1)
            let half: UInt64 = 1 << (shift - 1)
            if rem > half || (rem == half && q & 1 == 1) { q += 1 }
            lead = q >> UInt64(4 * prec)
            frac = (q & ((1 << UInt64(4 * prec)) - 1)) << shift
            if lead == 2 {
                lead = 1
                frac = 0
                exp += 1
            }
            ndigits = prec
        }
        let digitsChars: [Character] = Array(upper ? "0123456789ABCDEF" : "0123456789abcdef")
        var hex: [Character] = []
        for i in 0..<13 {
            let nib = Int((frac >> UInt64(48 - 4 * i)) & 0xF)
            hex.append(digitsChars[nib])
        }
        var fraction: String
        if prec < 0 {
            while hex.last == "0" { hex.removeLast() }
            fraction = String(hex)
        } else if prec > 13 {
            fraction = String(hex) + String(repeating: "0", count: prec - 13)
        } else {
            fraction = String(hex[0..<ndigits])
        }
        var out = sign + (upper ? "0X" : "0x") + String(lead)
        if !fraction.isEmpty {
            out += "." + fraction
        }
        out += upper ? "P" : "p"
        out += exp >= 0 ? "+" : "-"
        let ae = abs(exp)
        if ae < 10 { out += "0" }
        out += String(ae)
        return out
    }
}
