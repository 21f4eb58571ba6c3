#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Logarithm and power computed the way Go's math package computes them (the classic fdlibm
/// logarithm with its published coefficients; powers by binary exponentiation of the frexp
/// mantissa), so results match go-jsonnet to the last bit where glibc's differ:
/// go-jsonnet's `%e`/`%g` exponents and `%f` rounding depend on them.
enum GoMath {
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
        var (f1, ki) = frexp(x)
        if f1 < 0.70710678118654752440 {
            f1 *= 2
            ki -= 1
        }
        let f = f1 - 1
        let k = Double(ki)
        let s = f / (2 + f)
        let s2 = s * s
        let s4 = s2 * s2
        let t1 = s2 * (l1 + s4 * (l3 + s4 * (l5 + s4 * l7)))
        let t2 = s4 * (l2 + s4 * (l4 + s4 * l6))
        let r = t1 + t2
        let hfsq = 0.5 * f * f
        return k * ln2Hi - ((hfsq - (s * (hfsq + r) + k * ln2Lo)) - f)
    }

    static func pow(_ x: Double, _ y: Double) -> Double {
        if y == 0 || x == 1 { return 1 }
        if y == 1 { return x }
        if x.isNaN || y.isNaN { return .nan }
        if x == 0 { return y < 0 ? .infinity : 0 }
        if y.isInfinite { return cPow(x, y) }
        if x.isInfinite { return cPow(x, y) }
        if y == 0.5 { return x.squareRoot() }
        if y == -0.5 { return 1 / x.squareRoot() }
        var yi = abs(y).rounded(.towardZero)
        var yf = abs(y) - yi
        if yf != 0 && x < 0 { return .nan }
        if yi >= 9.223372036854775807e18 { return cPow(x, y) }
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
        return scalbn(a1, ae)
    }
}

private func cPow(_ x: Double, _ y: Double) -> Double { pow(x, y) }
