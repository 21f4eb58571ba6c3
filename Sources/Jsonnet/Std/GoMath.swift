#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Elementary functions computed the way go-jsonnet 0.22 (Go's math package on amd64) computes
/// them, so that results match to the last bit where the platform's libm rounds differently.
///
/// The algorithms are the classic published ones, with evaluation orders and details fixed by
/// differential testing against go-jsonnet:
/// - `sin`, `cos`, `tan`: Cephes (S. L. Moshier) range reduction by π/4 in three Cody–Waite
///   parts and the Cephes polynomial / rational kernels; for |x| ≥ 2²⁹ a Payne–Hanek reduction
///   against a table of the bits of 4/π.
/// - `atan`: Cephes' rational approximation on [0, 0.66] with its two range reductions;
///   `asin` = atan(x/√(1−x²)), `acos` = π/2 − asin, `atan2` from `atan` with quadrant fixes.
/// - `log`: the fdlibm (Sun, 1993) logarithm with its published coefficients; the exponent and
///   mantissa are taken straight from the bits, so subnormals are read as 2⁻¹⁰²² × 0.f.
/// - `exp`: Shibata's method (the SLEEF library): reduce by ln 2 (n rounded to nearest), divide
///   by 16, a Taylor polynomial for eʳ−1 evaluated with fused multiply-adds, square four times
///   (the last squaring fused with adding 1 back), scale by 2ⁿ — built as a double, so n = 1024
///   (709.44 < x ≤ 709.78) overflows.
/// - `pow`: binary exponentiation of the frexp mantissa, with `exp(yf·log x)` for a fraction.
/// - `hypot`: p·√(1+(q/p)²).
/// go-jsonnet's `%e`/`%g` exponents and `%f` rounding depend on `log` and `pow`.
enum GoMath {
    // MARK: Logarithm

    static func log(_ x: Double) -> Double {
        if x.isNaN || x == .infinity { return x }
        if x < 0 { return .nan }
        if x == 0 { return -.infinity }
        let ln2Hi = 6.93147180369123816490e-01
        let ln2Lo = 1.90821492927058770002e-10
        let l1 = 6.666666666666735130e-01
        let l2 = 3.999999999940941908e-01
        let l3 = 2.857142874366239149e-01
        let l4 = 2.222219843214978396e-01
        let l5 = 1.818357216161805012e-01
        let l6 = 1.531383769920937332e-01
        let l7 = 1.479819860511658591e-01
        // x = f1 · 2^k with f1 in [0.5, 1), read off the bits (a subnormal's biased exponent
        // 0 is taken as is).
        let b = x.bitPattern
        var f1 = Double(bitPattern: (b & 0x000F_FFFF_FFFF_FFFF) | 0x3FE0_0000_0000_0000)
        var k = Double(Int((b >> 52) & 0x7FF) - 0x3FE)
        if f1 < 0.70710678118654752440 {
            f1 *= 2
            k -= 1
        }
        let f = f1 - 1
        let s = f / (2 + f)
        let s2 = s * s
        let s4 = s2 * s2
        let t1 = s2 * (l1 + s4 * (l3 + s4 * (l5 + s4 * l7)))
        let t2 = s4 * (l2 + s4 * (l4 + s4 * l6))
        let r = t1 + t2
        let hfsq = 0.5 * f * f
        return k * ln2Hi - ((hfsq - (s * (hfsq + r) + k * ln2Lo)) - f)
    }

    // MARK: Exponential

    static func exp(_ x: Double) -> Double {
        if x.isNaN || x == .infinity { return x }
        if x == -.infinity { return 0 }
        if x > 7.09782712893383973096e+02 { return .infinity }
        if x < -7.45133219101941108420e+02 { return 0 }
        let log2e = 1.4426950408889634073599246810018920
        let ln2U = 0.69314718055966295651160180568695068359375
        let ln2L = 0.28235290563031577122588448175013436025525412068e-12
        // x = n·ln2 + r, n rounded to nearest.
        let n = (x * log2e).rounded(.toNearestOrEven)
        // 2^n is built as a double: n = 1024 (x just below the overflow threshold) overflows.
        if n >= 1024 { return .infinity }
        var r = x.addingProduct(-n, ln2U)
        r = r.addingProduct(-n, ln2L)
        r *= 0.0625
        // e^(r/16) − 1 by its Taylor series to the 8th power.
        var p = 2.4801587301587301587e-5
        p = 1.9841269841269841270e-4.addingProduct(p, r)
        p = 1.3888888888888888889e-3.addingProduct(p, r)
        p = 8.3333333333333333333e-3.addingProduct(p, r)
        p = 4.1666666666666666667e-2.addingProduct(p, r)
        p = 1.6666666666666666667e-1.addingProduct(p, r)
        p = 0.5.addingProduct(p, r)
        p = 1.0.addingProduct(p, r)
        var y = p * r
        // (1 + y)² − 1 = (y + 2)·y, three times, then the fourth squaring with the 1 added back
        // in the same fused operation.
        for _ in 0..<3 { y = (y + 2) * y }
        y = 1.0.addingProduct(y + 2, y)
        return ldexp(y, Int(n))
    }

    // MARK: Power

    static func pow(_ x: Double, _ y: Double) -> Double {
        if y == 0 || x == 1 { return 1 }
        if y == 1 { return x }
        if x.isNaN || y.isNaN { return .nan }
        if x == 0 {
            if y < 0 { return isOddInt(y) ? Double(signOf: x, magnitudeOf: .infinity) : .infinity }
            return isOddInt(y) ? x : 0
        }
        if y.isInfinite {
            if x == -1 { return 1 }
            return (Swift.abs(x) < 1) == (y > 0) ? 0 : .infinity
        }
        if x.isInfinite {
            if x < 0 { return pow(1 / x, -y) }
            return y < 0 ? 0 : .infinity
        }
        if y == 0.5 { return x.squareRoot() }
        if y == -0.5 { return 1 / x.squareRoot() }
        var yi = Swift.abs(y).rounded(.towardZero)
        var yf = Swift.abs(y) - yi
        if yf != 0 && x < 0 { return .nan }
        if yi >= 9.223372036854775808e18 {
            // A huge even integer: overflow or underflow except for -1.
            if x == -1 { return 1 }
            return (Swift.abs(x) < 1) == (y > 0) ? 0 : .infinity
        }
        var a1 = 1.0
        var ae = 0
        if yf != 0 {
            if yf > 0.5 {
                yf -= 1
                yi += 1
            }
            a1 = exp(yf * log(x))
        }
        var (x1, xe) = frexp(x)
        var i = Int64(yi)
        while i != 0 {
            if xe < -(1 << 12) || (1 << 12) < xe {
                ae += xe
                break
            }
            if i & 1 == 1 {
                a1 *= x1
                ae += xe
            }
            x1 *= x1
            xe <<= 1
            if x1 < 0.5 {
                x1 += x1
                xe -= 1
            }
            i >>= 1
        }
        if y < 0 {
            a1 = 1 / a1
            ae = -ae
        }
        return ldexp(a1, ae)
    }

    /// x = f · 2^e with |f| in [0.5, 1), keeping the sign (Swift's overlay `frexp` drops it).
    static func frexp(_ x: Double) -> (Double, Int) {
        if x == 0 || !x.isFinite { return (x, 0) }
        var v = x, e = 0
        if Swift.abs(v) < 2.2250738585072014e-308 {
            v *= 4503599627370496  // 2^52
            e = -52
        }
        let b = v.bitPattern
        e += Int((b >> 52) & 0x7FF) - 1022
        return (Double(bitPattern: (b & 0x800F_FFFF_FFFF_FFFF) | 0x3FE0_0000_0000_0000), e)
    }

    /// f · 2^e rounded once (Swift's `scalbn` overlay can round twice into the subnormals).
    static func ldexp(_ f: Double, _ e: Int) -> Double {
        if f == 0 || !f.isFinite { return f }
        let (m, fe) = frexp(f)
        let total = fe + Swift.max(-5000, Swift.min(5000, e))
        if total > 1024 { return Double(signOf: f, magnitudeOf: .infinity) }
        if total < -1075 { return Double(signOf: f, magnitudeOf: 0) }
        if total >= -1021 {
            // m in [0.5, 1): the result is normal and exact.
            let b = m.bitPattern
            return Double(bitPattern: (b & 0x800F_FFFF_FFFF_FFFF) | UInt64(total + 1022) << 52)
        }
        // Exact scaling into [2^-55, 2^-1), then one rounding into the subnormals.
        let b = m.bitPattern
        let t = Double(bitPattern: (b & 0x800F_FFFF_FFFF_FFFF) | UInt64(total + 1022 + 1022) << 52)
        return t * 0x1p-1022
    }

    private static func isOddInt(_ x: Double) -> Bool {
        if Swift.abs(x) >= 9007199254740992 { return false }
        let t = x.rounded(.towardZero)
        return t == x && Int64(t) & 1 == 1
    }

    // MARK: Trigonometry

    private static let pi4A = 7.85398125648498535156e-1
    private static let pi4B = 3.77489470793079817668e-8
    private static let pi4C = 2.69515142907905952645e-15
    private static let reduceThreshold = 536870912.0  // 2^29

    @inline(__always)
    private static func sinKernel(_ z: Double) -> Double {
        let zz = z * z
        var p = 1.58962301576546568060e-10
        p = p * zz - 2.50507477628578072866e-8
        p = p * zz + 2.75573136213857245213e-6
        p = p * zz - 1.98412698295895385996e-4
        p = p * zz + 8.33333333332211858878e-3
        p = p * zz - 1.66666666666666307295e-1
        return z + z * zz * p
    }

    @inline(__always)
    private static func cosKernel(_ z: Double) -> Double {
        let zz = z * z
        var p = -1.13585365213876817300e-11
        p = p * zz + 2.08757008419747316778e-9
        p = p * zz - 2.75573141792967388112e-7
        p = p * zz + 2.48015872888517045348e-5
        p = p * zz - 1.38888888888730564116e-3
        p = p * zz + 4.16666666666665929218e-2
        return 1.0 - 0.5 * zz + zz * zz * p
    }

    /// x ≥ 0 reduced by π/4: the octant j (0…7, even) and the remainder z in [-π/4, π/4].
    @inline(__always)
    private static func reduce(_ x: Double) -> (UInt64, Double) {
        if x >= reduceThreshold { return payneHanek(x) }
        var j = UInt64(x * (4 / Double.pi))
        var y = Double(j)
        if j & 1 == 1 {
            j += 1
            y += 1
        }
        j &= 7
        return (j, ((x - y * pi4A) - y * pi4B) - y * pi4C)
    }

    static func sin(_ x: Double) -> Double {
        if x == 0 || x.isNaN { return x }
        if x.isInfinite { return .nan }
        var negative = x < 0
        var (j, z) = reduce(Swift.abs(x))
        if j > 3 {
            negative.toggle()
            j -= 4
        }
        let y = (j == 1 || j == 2) ? cosKernel(z) : sinKernel(z)
        return negative ? -y : y
    }

    static func cos(_ x: Double) -> Double {
        if x.isNaN || x.isInfinite { return .nan }
        var negative = false
        var (j, z) = reduce(Swift.abs(x))
        if j > 3 {
            negative.toggle()
            j -= 4
        }
        if j > 1 { negative.toggle() }
        let y = (j == 1 || j == 2) ? sinKernel(z) : cosKernel(z)
        return negative ? -y : y
    }

    static func tan(_ x: Double) -> Double {
        if x == 0 || x.isNaN { return x }
        if x.isInfinite { return .nan }
        let (j, z) = reduce(Swift.abs(x))
        let zz = z * z
        var y: Double
        if zz > 1e-14 {
            let p = ((-1.30936939181383777646e4 * zz + 1.15351664838587416140e6) * zz - 1.79565251976484877988e7)
            let q = ((((zz + 1.36812963470692954678e4) * zz - 1.32089234440210967447e6) * zz
                + 2.50083801823357915839e7) * zz - 5.38695755929454629881e7)
            y = z + z * (zz * p / q)
        } else {
            y = z
        }
        if j & 2 == 2 { y = -1 / y }
        return x < 0 ? -y : y
    }

    /// The bits of 4/π: word 0 is the integer part, then 64 fraction bits per word.
    private static let fourOverPi: [UInt64] = [
        0x0000000000000001, 0x45f306dc9c882a53, 0xf84eafa3ea69bb81, 0xb6c52b3278872083,
        0xfca2c757bd778ac3, 0x6e48dc74849ba5c0, 0x0c925dd413a32439, 0xfc3bd63962534e7d,
        0xd1046bea5d768909, 0xd338e04d68befc82, 0x7323ac7306a673e9, 0x3908bf177bf25076,
        0x3ff12fffbc0b301f, 0xde5e2316b414da3e, 0xda6cfd9e4f96136e, 0x9e8c7ecd3cbfd45a,
        0xea4f758fd7cbe2f6, 0x7a0e73ef14a525d4, 0xd7f6bf623f1aba10, 0xac06608df8f6d757,
    ]

    /// Payne–Hanek: x·4/π modulo 8 from 192 bits of 4/π chosen by x's exponent; the
    /// fraction is truncated to a double and multiplied by π/4. When the fraction has 12 or
    /// more leading zero bits, go fills its last mantissa bits from the product's low word
    /// unshifted (bits already used); observed on go-jsonnet's output and reproduced here.
    private static func payneHanek(_ x: Double) -> (UInt64, Double) {
        let bits = x.bitPattern
        let e = Int((bits >> 52) & 0x7FF) - 1023 - 52
        let m = (bits & 0x000F_FFFF_FFFF_FFFF) | (1 << 52)
        // Window of 4/π starting at bit e+61 (bit 0 is the top bit of word 0), so that the
        // product's top bit weighs 4.
        let start = e + 61
        let digit = start >> 6, shift = UInt64(start & 63)
        func word(_ i: Int) -> UInt64 {
            if shift == 0 { return fourOverPi[digit + i] }
            return (fourOverPi[digit + i] << shift) | (fourOverPi[digit + i + 1] >> (64 - shift))
        }
        let w0 = word(0), w1 = word(1), w2 = word(2)
        let p2 = w2.multipliedFullWidth(by: m).high
        let p1 = w1.multipliedFullWidth(by: m)
        let p0 = w0 &* m
        let (lo, c) = p1.low.addingReportingOverflow(p2)
        let hi0 = p0 &+ p1.high &+ (c ? 1 : 0)
        var j = hi0 >> 61
        var f = hi0 << 3 | lo >> 61
        let lz = UInt64(f.leadingZeroBitCount)
        let expo = UInt64(1023) &- (lz + 1)
        // Shifts of 64 bits or more give 0.
        f = (lz + 1 >= 64 ? 0 : f << (lz + 1)) | (lz + 1 > 64 ? 0 : lo >> (64 - (lz + 1)))
        f >>= 12
        var z = Double(bitPattern: f | expo << 52)
        if j & 1 == 1 {
            j = (j + 1) & 7
            z -= 1
        }
        return (j, z * (Double.pi / 4))
    }

    // MARK: Inverse trigonometry

    private static let morebits = 6.123233995736765886130e-17
    private static let tan3pio8 = 2.41421356237309504880

    @inline(__always)
    private static func xatan(_ x: Double) -> Double {
        let z = x * x
        let p = (((-8.750608600031904122785e-1 * z - 1.615753718733365076637e1) * z
            - 7.500855792314704667340e1) * z - 1.228866684490136173410e2) * z - 6.485021904942025371773e1
        let q = ((((z + 2.485846490142306297962e1) * z + 1.650270098316988542046e2) * z
            + 4.328810604912902668951e2) * z + 4.853903996359136964868e2) * z + 1.945506571482613964425e2
        return x * (z * p / q) + x
    }

    /// atan for x ≥ 0.
    @inline(__always)
    private static func satan(_ x: Double) -> Double {
        if x <= 0.66 { return xatan(x) }
        if x > tan3pio8 { return Double.pi / 2 - xatan(1 / x) + morebits }
        return Double.pi / 4 + xatan((x - 1) / (x + 1)) + 0.5 * morebits
    }

    static func atan(_ x: Double) -> Double {
        if x == 0 || x.isNaN { return x }
        return x > 0 ? satan(x) : -satan(-x)
    }

    static func asin(_ x: Double) -> Double {
        if x == 0 || x.isNaN { return x }
        var v = x
        let negative = v < 0
        if negative { v = -v }
        if v > 1 { return .nan }
        var t = (1 - v * v).squareRoot()
        if v > 0.7 {
            t = Double.pi / 2 - satan(t / v)
        } else {
            t = satan(v / t)
        }
        return negative ? -t : t
    }

    static func acos(_ x: Double) -> Double {
        Double.pi / 2 - asin(x)
    }

    static func atan2(_ y: Double, _ x: Double) -> Double {
        if y.isNaN || x.isNaN { return .nan }
        if y == 0 {
            if x >= 0 && x.sign == .plus { return Double(signOf: y, magnitudeOf: 0) }
            return Double(signOf: y, magnitudeOf: .pi)
        }
        if x == 0 { return Double(signOf: y, magnitudeOf: .pi / 2) }
        if x.isInfinite {
            if x == .infinity { return y.isInfinite ? Double(signOf: y, magnitudeOf: .pi / 4) : Double(signOf: y, magnitudeOf: 0) }
            return y.isInfinite ? Double(signOf: y, magnitudeOf: 3 * .pi / 4) : Double(signOf: y, magnitudeOf: .pi)
        }
        if y.isInfinite { return Double(signOf: y, magnitudeOf: .pi / 2) }
        let q = atan(y / x)
        if x < 0 {
            return q <= 0 ? q + .pi : q - .pi
        }
        return q
    }

    // MARK: Others

    static func hypot(_ x: Double, _ y: Double) -> Double {
        if x.isInfinite || y.isInfinite { return .infinity }
        if x.isNaN || y.isNaN { return .nan }
        var p = Swift.abs(x), q = Swift.abs(y)
        if p < q { swap(&p, &q) }
        if p == 0 { return 0 }
        q = q / p
        return p * (1 + q * q).squareRoot()
    }
}
