#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `std.format` and the `%` operator on strings (Python-style conversions), reproducing
/// go-jsonnet 0.22 byte for byte — including its quirks, which come from its formatter being
/// written in Jsonnet on doubles:
///
/// - integers are rendered digit by digit with `n % radix` and `floor(n / radix)` in floating
///   point (so `'%d' % 1e300` shows the double's "decimal expansion" go-jsonnet computes);
///   `%d`/`%i`/`%u`/`%o` truncate toward zero, `%x`/`%X` floor;
/// - `%f` rounds with `floor(n * 10^p + 0.5)`, `%e` takes its exponent from
///   `floor(log(n) / log(10))` (clamped at -308) without renormalising (`'%e' % 1000` is
///   `10.000000e+02`), `%g` counts the precision in digits of the `%f` form;
/// - precision on `%s`/`%c` is ignored, `#` on `%x` prefixes even zero, `%r` is rejected;
/// - width and precision values taken with `*` are lazy: they are only evaluated (and
///   type-checked) where go-jsonnet's code uses them, so the order of errors matches;
/// - padding and digit generation are recursive in go-jsonnet, so very wide fields exceed its
///   stack; that is emulated (`max stack frames exceeded.`) from the current stack depth.
enum Format {
    static func register(_ std: StdLibrary) {
        std.add(Builtin("format", ["str", "vals"]) { a, vm, site throws(RuntimeError) in
            switch a[0] {
            case .string(let s):
                return .string(JString(try format(s.string, a[1], vm, site: site, viaOperator: false)))
            case .array(let arr):
                return .string(JString(try formatArray(arr, a[1], vm, site: site)))
            case .object(let o):
                // go-jsonnet indexes the "string" by position.
                if o.visibleFields(vm).isEmpty { return .string(JString.empty) }
                throw vm.error("Unexpected type number, expected string", at: site)
            case .function(let f):
                if f.parameterNames.isEmpty { return .string(JString.empty) }
                throw vm.error("Value non indexable: *jsonnet.valueFunction", at: site)
            default:
                throw vm.error("Unexpected type \(a[0].typeName)", at: site)
            }
        })
    }

    static func format(_ fmt: String, _ values: Value, _ vm: Evaluator, site: Node) throws(RuntimeError) -> String {
        try format(fmt, values, vm, site: site, viaOperator: true)
    }

    /// `viaOperator`: go-jsonnet's `%` reaches std.format through std.mod, one frame deeper.
    static func format(_ fmt: String, _ values: Value, _ vm: Evaluator, site: Node, viaOperator: Bool) throws(RuntimeError) -> String {
        var fmt = fmt
        var result: Result<String, RuntimeError> = .success("")
        fmt.withUTF8 { buf in
            do throws(RuntimeError) {
                result = .success(try format(bytes: buf, values, vm, site: site, viaOperator: viaOperator))
            } catch {
                result = .failure(error)
            }
        }
        return try result.get()
    }

    static func format(bytes buf: UnsafeBufferPointer<UInt8>, _ values: Value, _ vm: Evaluator, site: Node,
                       viaOperator: Bool) throws(RuntimeError) -> String {
        var src = ByteSource(bytes: buf)
        let depth = vm.stack.count - (viaOperator ? 0 : 1)
        let codes = try parse(&src, vm, site, depth: depth)
        var f = Formatter(vm: vm, site: site, values: values, depth: depth)
        f.out.reserveCapacity(buf.count + codes.count * 8)
        var pos = 0
        for c in codes {
            if c.start > pos { f.out.append(contentsOf: buf[pos..<c.start]) }
            try f.format(c, key: c.keyRange.map { src.text($0) })
            pos = c.end
        }
        if pos < buf.count { f.out.append(contentsOf: buf[pos..<buf.count]) }
        try f.finish()
        return String(decoding: f.out, as: UTF8.self)
    }

    /// go-jsonnet accepts an array as the format "string": each element is one character.
    static func formatArray(_ arr: ArrayValue, _ values: Value, _ vm: Evaluator, site: Node) throws(RuntimeError) -> String {
        var tokens: [String] = []
        tokens.reserveCapacity(arr.count)
        for i in 0..<arr.count {
            let v = try arr.value(i, vm, site: site)
            if case .string(let s) = v { tokens.append(s.string) } else {
                try vm.push(site: site)
                defer { vm.pop() }
                tokens.append(try JSONWriter.toString(v, vm))
            }
        }
        var src = TokenSource(tokens: tokens)
        let depth = vm.stack.count - 1
        let codes = try parse(&src, vm, site, depth: depth)
        var f = Formatter(vm: vm, site: site, values: values, depth: depth)
        var pos = 0
        for c in codes {
            while pos < c.start { f.out.append(contentsOf: tokens[pos].utf8); pos += 1 }
            try f.format(c, key: c.keyRange.map { src.text($0) })
            pos = c.end
        }
        while pos < tokens.count { f.out.append(contentsOf: tokens[pos].utf8); pos += 1 }
        try f.finish()
        return String(decoding: f.out, as: UTF8.self)
    }

    // MARK: parsing

    /// A width or precision: absent, written in the format, or `*` (taken from the values).
    enum Count {
        case none
        case literal(Double)
        case star

        var isNone: Bool { if case .none = self { return true } else { return false } }
        var isStar: Bool { if case .star = self { return true } else { return false } }
    }

    struct Code {
        var start = 0, end = 0
        var keyRange: Range<Int>?
        var alt = false, zero = false, minus = false, blank = false, plus = false
        var width = Count.none
        var prec = Count.none
        /// A precision of just "." (go-jsonnet evaluates it one frame shallower).
        var emptyPrec = false
        var conv: UInt8 = 0
    }

    /// The format "string" as units: bytes of a string, or elements of an array.
    protocol Source {
        var count: Int { get }
        /// The unit's ASCII character, or 0 if it is not a single ASCII character.
        func ascii(_ i: Int) -> UInt8
        func text(_ r: Range<Int>) -> String
        /// Whether the unit continues a character (a UTF-8 continuation byte).
        func isContinuation(_ i: Int) -> Bool
        /// The conversion character at `i` (and how many units it spans), for the error.
        func convText(_ i: Int) -> String
    }

    struct ByteSource: Source {
        let bytes: UnsafeBufferPointer<UInt8>
        var count: Int { bytes.count }
        @inline(__always) func ascii(_ i: Int) -> UInt8 { let b = bytes[i]; return b < 0x80 ? b : 0 }
        func text(_ r: Range<Int>) -> String { String(decoding: bytes[r], as: UTF8.self) }
        @inline(__always) func isContinuation(_ i: Int) -> Bool { bytes[i] & 0xC0 == 0x80 }
        func convText(_ i: Int) -> String {
            var j = i + 1
            while j < bytes.count && bytes[j] & 0xC0 == 0x80 { j += 1 }
            return String(decoding: bytes[i..<j], as: UTF8.self)
        }
    }

    struct TokenSource: Source {
        let tokens: [String]
        var count: Int { tokens.count }
        func ascii(_ i: Int) -> UInt8 {
            let u = tokens[i].utf8
            guard u.count == 1, let b = u.first, b < 0x80 else { return 0 }
            return b
        }
        func text(_ r: Range<Int>) -> String { tokens[r].joined() }
        func isContinuation(_ i: Int) -> Bool { false }
        func convText(_ i: Int) -> String { tokens[i] }
    }

    /// Parses every conversion first (go-jsonnet reports format errors before value errors).
    /// `depth` is go-jsonnet's stack depth at the call: its parser recurses over flags and
    /// mapping-key characters, and fails past the stack limit.
    static func parse<S: Source>(_ src: inout S, _ vm: Evaluator, _ site: Node, depth: Int) throws(RuntimeError) -> [Code] {
        var codes: [Code] = []
        let n = src.count
        var i = 0
        var need = 9
        func check() throws(RuntimeError) {
            if depth + need > vm.maxStack { throw vm.error("max stack frames exceeded.", at: site) }
        }
        func truncated() throws(RuntimeError) -> RuntimeError {
            try check()
            return vm.error("Truncated format code.", at: site)
        }
        try check()
        while i < n {
            if src.ascii(i) != UInt8(ascii: "%") { i += 1; continue }
            var c = Code()
            c.start = i
            i += 1
            need = 11
            if i >= n { throw try truncated() }
            need = 29
            // Mapping key.
            if src.ascii(i) == UInt8(ascii: "(") {
                let k = i + 1
                var j = k
                var len = 0
                while true {
                    need = max(need, 30 + len)
                    if j >= n { throw try truncated() }
                    if src.ascii(j) == UInt8(ascii: ")") { break }
                    if !src.isContinuation(j) { len += 1 }
                    j += 1
                }
                c.keyRange = k..<j
                i = j + 1
                if i >= n { throw try truncated() }
            }
            // Flags.
            var nflags = 0
            flags: while true {
                switch src.ascii(i) {
                case UInt8(ascii: "#"): c.alt = true
                case UInt8(ascii: "0"): c.zero = true
                case UInt8(ascii: "-"): c.minus = true
                case UInt8(ascii: " "): c.blank = true
                case UInt8(ascii: "+"): c.plus = true
                default: break flags
                }
                nflags += 1
                need = max(need, 25 + nflags)
                i += 1
                if i >= n { throw try truncated() }
            }
            // Width.
            if src.ascii(i) == UInt8(ascii: "*") {
                c.width = .star
                i += 1
                if i >= n { throw try truncated() }
            } else {
                var w = 0.0, any = false
                while case let d = src.ascii(i), d >= 0x30 && d <= 0x39 {
                    w = w * 10 + Double(d - 0x30)
                    any = true
                    i += 1
                    if i >= n { throw try truncated() }
                }
                if any { c.width = .literal(w) }
            }
            // Precision.
            if src.ascii(i) == UInt8(ascii: ".") {
                i += 1
                if i >= n { throw try truncated() }
                if src.ascii(i) == UInt8(ascii: "*") {
                    c.prec = .star
                    i += 1
                    if i >= n { throw try truncated() }
                } else {
                    var p = 0.0
                    c.emptyPrec = true
                    while case let d = src.ascii(i), d >= 0x30 && d <= 0x39 {
                        c.emptyPrec = false
                        p = p * 10 + Double(d - 0x30)
                        i += 1
                        if i >= n { throw try truncated() }
                    }
                    c.prec = .literal(p)
                }
            }
            // Length modifier (ignored).
            switch src.ascii(i) {
            case UInt8(ascii: "h"), UInt8(ascii: "l"), UInt8(ascii: "L"):
                i += 1
                if i >= n { throw try truncated() }
            default: break
            }
            let t = src.ascii(i)
            switch t {
            case UInt8(ascii: "d"), UInt8(ascii: "i"), UInt8(ascii: "u"), UInt8(ascii: "o"), UInt8(ascii: "x"),
                 UInt8(ascii: "X"), UInt8(ascii: "e"), UInt8(ascii: "E"), UInt8(ascii: "f"), UInt8(ascii: "F"),
                 UInt8(ascii: "g"), UInt8(ascii: "G"), UInt8(ascii: "c"), UInt8(ascii: "s"), UInt8(ascii: "%"):
                c.conv = t
            default:
                try check()
                throw vm.error("Unrecognised conversion type: \(src.convText(i))", at: site)
            }
            try check()
            i += 1
            c.end = i
            codes.append(c)
        }
        return codes
    }

    // MARK: formatting

    /// A `*` width or precision not yet evaluated (go-jsonnet evaluates them lazily).
    enum Arg {
        case none
        case number(Double)
        case element(Int)
        /// `*` with an object of values: an error once used.
        case objectStar
    }

    /// How an argument is used, which decides go-jsonnet's message for a non-number.
    enum Use { case arithmetic, max }

    struct Formatter {
        let vm: Evaluator
        let site: Node
        var out: [UInt8] = []
        /// Positional values (nil for an object of values).
        let array: ArrayValue?
        let single: Value?
        let object: ObjectValue?
        let count: Int
        var j = 0
        /// go-jsonnet's stack depth at the call, for its stack limit.
        let depth: Int
        /// Left-justified fields are rendered 5 frames shallower (pad_right forces the value
        /// directly, pad_left from inside its length computation).
        var adjust = 0

        init(vm: Evaluator, site: Node, values: Value, depth: Int) {
            self.vm = vm
            self.site = site
            self.depth = depth
            switch values {
            case .array(let a): array = a; single = nil; object = nil; count = a.count
            case .object(let o): array = nil; single = nil; object = o; count = 0
            default: array = nil; single = values; object = nil; count = 1
            }
        }

        func error(_ m: String) -> RuntimeError { vm.error(m, at: site) }

        func element(_ i: Int) throws(RuntimeError) -> Value {
            if let a = array { return try a.value(i, vm, site: site) }
            return single!
        }

        mutating func finish() throws(RuntimeError) {
            if object == nil && j < count {
                throw error("Too many values to format: \(count), expected \(j)")
            }
        }

        /// The number an argument stands for (nil: absent, or a null precision). `errNeed`:
        /// the frames go-jsonnet is at when it fails on a bad argument.
        func number(_ a: Arg, width: Bool, use: Use, errNeed: Int, forceNeed: Int = 29,
                    objNeed: Int = 31) throws(RuntimeError) -> Double? {
            switch a {
            case .none: return nil
            case .number(let d): return d
            case .objectStar:
                try checkStack(objNeed)
                throw error(width ? "Cannot use * field width with object." : "Cannot use * precision with object.")
            case .element(let i):
                let v: Value
                do { v = try element(i) } catch { try checkStack(forceNeed); throw error }
                if case .number(let d) = v { return d }
                if !width, case .null = v { return nil }
                try checkStack(errNeed)
                switch use {
                case .arithmetic: throw vm.typeError(v, expected: "number", at: site)
                case .max: throw error("std.max second param expected number, got \(v.typeName)")
                }
            }
        }

        mutating func format(_ c: Code, key: String?) throws(RuntimeError) {
            // Consume `*` arguments and the value's slot.
            var width = Arg.none, prec = Arg.none
            if case .literal(let w) = c.width { width = .number(w) }
            if case .literal(let p) = c.prec { prec = .number(p) }
            var valueIndex = -1
            if object != nil {
                if case .star = c.width {
                    // go-jsonnet's pad_left evaluates the width before the formatted value;
                    // pad_right (`-`) after it.
                    if !c.minus { throw error("Cannot use * field width with object.") }
                    width = .objectStar
                }
                if case .star = c.prec { prec = .objectStar }
            } else {
                if case .star = c.width {
                    if j >= count { throw error("Not enough values to format: \(count), expected at least \(j)") }
                    width = .element(j)
                    if !c.minus { _ = try element(j) }
                    j += 1
                }
                if case .star = c.prec {
                    prec = .element(j)
                    j += 1
                }
                if c.conv != UInt8(ascii: "%") {
                    valueIndex = j
                    j += 1
                }
            }

            func value() throws(RuntimeError) -> Value {
                if let o = object {
                    guard let k = key else { throw error("Mapping keys required.") }
                    guard let v = try o.field(vm.names.id(k), vm, site: site) else { throw error("No such field: \(k)") }
                    return v
                }
                if valueIndex >= count {
                    throw error("Not enough values to format: \(count), expected more than \(valueIndex)")
                }
                return try element(valueIndex)
            }
            func numberValue() throws(RuntimeError) -> Double {
                let v = try value()
                guard case .number(let d) = v else {
                    let at = object != nil ? (key ?? "") : String(valueIndex)
                    throw error("Format required number at \(at), got \(v.typeName)")
                }
                return d
            }
            let zeroPad = c.zero && !c.minus
            let start = out.count
            adjust = c.minus ? -5 : 0
            var len = 0  // code points appended, for the field width

            switch c.conv {
            case UInt8(ascii: "s"):
                let v = try value()
                if case .string(let s) = v {
                    out.append(contentsOf: s.string.utf8)
                    len = s.scalarCount
                } else {
                    try vm.push(site: site)
                    defer { vm.pop() }
                    out.append(contentsOf: try JSONWriter.toString(v, vm).utf8)
                    len = -1
                }
            case UInt8(ascii: "c"):
                let v = try value()
                switch v {
                case .number(let d):
                    if d < 0 { throw error("Codepoints must be >= 0, got \(NumberFormat.goShortest(d))") }
                    if d > 1114111 { throw error("Invalid unicode codepoint, got \(NumberFormat.goShortest(d))") }
                    let u = Unicode.Scalar(UInt32(d)) ?? "\u{FFFD}"
                    appendScalar(u)
                    len = 1
                case .string(let s):
                    if s.scalarCount != 1 { throw error("%c expected 1-sized string got: \(s.scalarCount)") }
                    out.append(contentsOf: s.string.utf8)
                    len = 1
                default:
                    throw error("%c expected number / string, got: \(v.typeName)")
                }
            case UInt8(ascii: "%"):
                out.append(UInt8(ascii: "%"))
                len = 1
            case UInt8(ascii: "d"), UInt8(ascii: "i"), UInt8(ascii: "u"), UInt8(ascii: "o"), UInt8(ascii: "x"), UInt8(ascii: "X"):
                let n = try numberValue()
                let hex = c.conv == UInt8(ascii: "x") || c.conv == UInt8(ascii: "X")
                let x = hex ? n.rounded(.down) : n.rounded(.towardZero)
                var zp = 0.0
                if zeroPad { zp = try number(width, width: true, use: .arithmetic, errNeed: 31) ?? 0 }
                let p = try number(prec, width: false, use: .max, errNeed: 32, forceNeed: 32, objNeed: 33)
                try checkStack(object == nil ? (c.prec.isStar ? 32 : 31) : c.prec.isNone ? 33 : c.emptyPrec ? 34 : 35)
                let neg = x < 0
                let prefix = hex && c.alt ? 2 : 0
                let signLen = neg || c.plus || c.blank ? 1 : 0
                var minDigits = zp - Double(prefix) - Double(signLen)
                if let p = p, p > minDigits { minDigits = p }
                appendSign(neg: neg, plus: c.plus, blank: c.blank)
                if prefix > 0 { out.append(UInt8(ascii: "0")); out.append(c.conv) }
                let radix: Double = hex ? 16 : c.conv == UInt8(ascii: "o") ? 8 : 10
                try appendInt(abs(x), radix: radix, upper: c.conv == UInt8(ascii: "X"),
                              octalPrefix: c.alt && radix == 8, minDigits: minDigits, cost: .int)
                len = out.count - start
            case UInt8(ascii: "f"), UInt8(ascii: "F"):
                let n = try numberValue()
                var zp = 0.0
                if zeroPad { zp = try number(width, width: true, use: .arithmetic, errNeed: 35) ?? 0 }
                let p = try number(prec, width: false, use: .arithmetic, errNeed: 35) ?? 6
                try checkStack(38)
                try appendFloat(n, zp: zp, plus: c.plus, blank: c.blank, alt: c.alt, prec: p, whole: .f, frac: .f)
                len = out.count - start
            case UInt8(ascii: "e"), UInt8(ascii: "E"):
                let n = try numberValue()
                var zp = 0.0
                let expNeed = 52 + Self.exponentDigits(exponent(abs(n)))
                if zeroPad { zp = try number(width, width: true, use: .arithmetic, errNeed: expNeed) ?? 0 }
                let p = try number(prec, width: false, use: .arithmetic, errNeed: expNeed) ?? 6
                try checkStack(53)
                try appendExp(n, zp: zp, plus: c.plus, blank: c.blank, alt: c.alt, prec: p,
                              upper: c.conv == UInt8(ascii: "E"), strip: false, frac: .e)
                len = out.count - start
            default:  // g, G
                let n = try numberValue()
                let p = try number(prec, width: false, use: .arithmetic, errNeed: 29) ?? 6
                let e = exponent(abs(n))
                var zp = 0.0
                let expStyle = e < -4 || e >= p
                if zeroPad { zp = try number(width, width: true, use: .arithmetic, errNeed: expStyle ? 52 + Self.exponentDigits(e) : 35) ?? 0 }
                try checkStack(c.alt ? 38 : 35)
                if expStyle {
                    try appendExp(n, zp: zp, plus: c.plus, blank: c.blank, alt: c.alt, prec: p - 1,
                                  upper: c.conv == UInt8(ascii: "G"), strip: !c.alt, frac: c.alt ? .e : .gExp)
                } else {
                    let before = e < 0 ? 1.0 : e + 1
                    if p - before == 0 { try checkStack(38) }
                    try appendFloat(n, zp: zp, plus: c.plus, blank: c.blank, alt: c.alt, prec: p - before,
                                    whole: .f, frac: c.alt ? .f : .gFloat)
                    if !c.alt { stripZeros(from: start) }
                }
                len = out.count - start
            }

            // Field width.
            adjust = 0
            guard let w = try number(width, width: true, use: .arithmetic, errNeed: 29, objNeed: 29), w > 0 else { return }
            if len < 0 { len = scalarCount(from: start) }
            let padCount = w - Double(len)
            if padCount <= 0 { return }
            let k = Int(min(padCount, 1e15).rounded(.up))
            try checkStack(2 * k + 9)
            if c.minus {
                out.append(contentsOf: repeatElement(UInt8(ascii: " "), count: k))
            } else {
                out.insert(contentsOf: repeatElement(UInt8(ascii: " "), count: k), at: start)
            }
        }

        // MARK: numbers

        mutating func appendSign(neg: Bool, plus: Bool, blank: Bool) {
            if neg { out.append(UInt8(ascii: "-")) } else if plus { out.append(UInt8(ascii: "+")) } else if blank { out.append(UInt8(ascii: " ")) }
        }

        mutating func appendScalar(_ u: Unicode.Scalar) {
            UTF8.encode(u) { out.append($0) }
        }

        func scalarCount(from start: Int) -> Int {
            var n = 0
            for i in start..<out.count where out[i] & 0xC0 != 0x80 { n += 1 }
            return n
        }

        /// go-jsonnet's render_int digits of `mag` (>= 0), zero-padded to `minDigits`.
        mutating func appendInt(_ mag: Double, radix: Double, upper: Bool, octalPrefix: Bool,
                                minDigits: Double, cost: Cost) throws(RuntimeError) {
            let digitsStart = out.count
            var steps = 1  // go-jsonnet's recursion steps: one per digit
            if mag == 0 {
                out.append(UInt8(ascii: "0"))
            } else if mag < 9007199254740992, mag == mag.rounded(.down) {
                var v = UInt64(mag)
                let r = UInt64(radix)
                var tmp: (UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0, 0, 0, 0, 0)
                let n = withUnsafeMutableBytes(of: &tmp) { p -> Int in
                    var k = 0
                    while v > 0 {
                        let d = UInt8(v % r)
                        p[63 - k] = d < 10 ? 0x30 + d : (upper ? 0x37 : 0x57) + d
                        v /= r
                        k += 1
                    }
                    return k
                }
                if octalPrefix { out.append(UInt8(ascii: "0")) }
                withUnsafeBytes(of: &tmp) { out.append(contentsOf: $0[(64 - n)..<64]) }
                steps = n
            } else {
                // Digit by digit in floating point, as go-jsonnet does.
                var parts: [[UInt8]] = []
                var v = mag
                steps = 0
                while v != 0 {
                    let d = fmod(v, radix)
                    if d == d.rounded(.down) && d >= 0 && d < 16 {
                        let di = UInt8(d)
                        parts.append([di < 10 ? 0x30 + di : (upper ? 0x37 : 0x57) + di])
                    } else {
                        parts.append(Array(NumberFormat.json(d).utf8))
                    }
                    v = (v / radix).rounded(.down)
                    steps += 1
                }
                if octalPrefix { out.append(UInt8(ascii: "0")) }
                for p in parts.reversed() { out.append(contentsOf: p) }
            }
            let nd = out.count - digitsStart
            if !(cost.skipZero && mag == 0) { try checkStack(steps + cost.digits) }
            let missing = minDigits - Double(nd)
            if missing > 0 {
                let k = Int(min(missing, 1e15).rounded(.up))
                if let z = cost.zeros { try checkStack(2 * k + z) } else if k > 100_000 { try checkStack(k) }
                out.insert(contentsOf: repeatElement(UInt8(ascii: "0"), count: k), at: digitsStart)
            }
        }

        func checked(_ d: Double) throws(RuntimeError) -> Double {
            if d.isInfinite || d.isNaN { throw error("Overflow") }
            return d
        }

        /// `%f`: go-jsonnet's render_float_dec.
        mutating func appendFloat(_ n: Double, zp: Double, plus: Bool, blank: Bool, alt: Bool, prec: Double,
                                  whole wholeCost: Cost, frac fracCost: Cost) throws(RuntimeError) {
            let mag = abs(n)
            let denom = try checked(GoMath.pow(10, prec))
            let t = try checked(mag * denom)
            if denom == 0 { throw error("Division by zero.") }
            var whole = try checked((t + 0.5) / denom).rounded(.down)
            let frac = fmod((t + 0.5).rounded(.down), denom)
            if mag == 0 { whole = 0 }
            let dot: Double = prec == 0 && !alt ? 0 : 1
            let neg = n < 0
            let signLen: Double = neg || plus || blank ? 1 : 0
            appendSign(neg: neg, plus: plus, blank: blank)
            try appendInt(whole, radix: 10, upper: false, octalPrefix: false, minDigits: zp - prec - dot - signLen,
                          cost: wholeCost)
            if prec == 0 {
                if alt { out.append(UInt8(ascii: ".")) }
                return
            }
            out.append(UInt8(ascii: "."))
            try appendInt(frac, radix: 10, upper: false, octalPrefix: false, minDigits: prec, cost: fracCost)
        }

        /// Digits go-jsonnet renders for an exponent (at least one; the second is padding).
        static func exponentDigits(_ e: Double) -> Int {
            let a = abs(e)
            return a < 10 ? 1 : a < 100 ? 2 : 3
        }

        func exponent(_ mag: Double) -> Double {
            if mag == 0 { return 0 }
            return max(-308, (GoMath.log(mag) / GoMath.log(10)).rounded(.down))
        }

        /// `%e` (and the exponent form of `%g`, which strips trailing zeros).
        mutating func appendExp(_ n: Double, zp: Double, plus: Bool, blank: Bool, alt: Bool, prec: Double,
                                upper: Bool, strip: Bool, frac fracCost: Cost) throws(RuntimeError) {
            let mag = abs(n)
            let e = exponent(mag)
            let mant = try checked(mag / GoMath.pow(10, e))
            var suffix: [UInt8] = [upper ? UInt8(ascii: "E") : UInt8(ascii: "e"), e < 0 ? UInt8(ascii: "-") : UInt8(ascii: "+")]
            let ae = Int(abs(e))
            if ae < 10 { suffix.append(UInt8(ascii: "0")) }
            suffix.append(contentsOf: String(ae).utf8)
            try checkStack(52 + Self.exponentDigits(e))
            let start = out.count
            try appendFloat(n < 0 ? -mant : mant, zp: zp - Double(suffix.count), plus: plus, blank: blank, alt: alt,
                            prec: prec, whole: .e, frac: fracCost)
            if strip { stripZeros(from: start) }
            out.append(contentsOf: suffix)
        }

        /// `%g` without `#`: trailing zeros after a point, then the point itself.
        mutating func stripZeros(from start: Int) {
            guard out[start...].contains(UInt8(ascii: ".")) else { return }
            while out.count > start, out.last == UInt8(ascii: "0") { out.removeLast() }
            if out.count > start, out.last == UInt8(ascii: ".") { out.removeLast() }
        }

        // MARK: go-jsonnet's stack use

        /// Frames go-jsonnet's recursive helpers need beyond the call: rendering digits takes
        /// `digits` plus one per digit, zero padding `zeros` plus two per zero (nil: not
        /// measurable), both relative to the `%` operator's depth (measured against go-jsonnet).
        struct Cost {
            var digits: Int
            var zeros: Int?
            /// No digit rendering for a zero value (`%g` without `#` skips an empty fraction).
            var skipZero = false
            static let int = Cost(digits: 28, zeros: 20)
            static let f = Cost(digits: 30, zeros: 22)
            static let e = Cost(digits: 31, zeros: 23)
            static let gFloat = Cost(digits: 35, zeros: nil, skipZero: true)
            static let gExp = Cost(digits: 36, zeros: nil, skipZero: true)
        }

        /// go-jsonnet pads and renders digits with recursive Jsonnet functions, so wide fields
        /// and long numbers exceed its stack limit where it is near.
        @inline(__always)
        func checkStack(_ need: Int) throws(RuntimeError) {
            if depth + need + adjust > vm.maxStack { throw error("max stack frames exceeded.") }
        }
    }
}
