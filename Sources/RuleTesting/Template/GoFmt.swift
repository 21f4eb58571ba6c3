/// Go's `fmt` printing (`Sprint`, `Sprintln`, `Sprintf`) of template values: verbs, flags,
/// width and precision, argument indexes, and the `%!verb(type=value)` family of mistakes.
/// An argument of nil is Go's untyped nil.
struct GoFmt {
    private var buf = ""

    // Flags of the verb being printed.
    private var plus = false, minus = false, sharp = false, space = false, zero = false
    private var plusV = false, sharpV = false
    private var wid = 0, prec = 0
    private var widPresent = false, precPresent = false
    private var erroring = false

    /// Go's limit on widths and precisions written in a format (larger ones are rejected).
    private static let maxNum = 1_000_000

    private mutating func clearFlags() {
        plus = false; minus = false; sharp = false; space = false; zero = false
        plusV = false; sharpV = false
        wid = 0; prec = 0; widPresent = false; precPresent = false
    }

    // MARK: - Entry points

    /// `fmt.Sprint`: operands in `%v`, a space between two operands when neither is a string.
    static func sprint(_ args: [GoValue?]) -> String {
        var p = GoFmt()
        var prevString = false
        for (i, a) in args.enumerated() {
            let isString = a.map { $0.unwrapped.kind == .string } ?? false
            if i > 0 && !isString && !prevString { p.buf.append(" ") }
            p.printArg(a, "v")
            prevString = isString
        }
        return GoBytes.normalized(p.buf)
    }

    /// `fmt.Sprintln`: operands in `%v` separated by spaces, and a newline.
    static func sprintln(_ args: [GoValue?]) -> String {
        var p = GoFmt()
        for (i, a) in args.enumerated() {
            if i > 0 { p.buf.append(" ") }
            p.printArg(a, "v")
        }
        p.buf.append("\n")
        return GoBytes.normalized(p.buf)
    }

    /// `fmt.Sprintf`.
    static func sprintf(_ format: String, _ args: [GoValue?]) -> String {
        var p = GoFmt()
        p.doPrintf(GoBytes.bytes(format), args)
        return GoBytes.normalized(p.buf)
    }

    /// `%v` of one value (what `{{ x }}` prints once the value is made printable).
    static func sprintValue(_ v: GoValue?) -> String {
        var p = GoFmt()
        p.printArg(v, "v")
        return p.buf
    }

    /// `%s` of one value (as in Go's `fmt.Errorf("%s", v)`).
    static func sprintS(_ v: GoValue?) -> String {
        var p = GoFmt()
        p.printArg(v, "s")
        return p.buf
    }

    // MARK: - Printf

    private static func parseNum(_ f: [UInt8], _ start: Int, _ end: Int) -> (num: Int, isNum: Bool, newi: Int) {
        if start >= end { return (0, false, end) }
        var num = 0
        var isNum = false
        var i = start
        while i < end && f[i] >= 0x30 && f[i] <= 0x39 {
            if num > maxNum || num < -maxNum { return (0, false, end) }
            num = num * 10 + Int(f[i] - 0x30)
            isNum = true
            i += 1
        }
        return (num, isNum, i)
    }

    /// `[n]` at `i`: (index, bytes consumed, ok).
    private static func parseArgNumber(_ f: [UInt8], _ i: Int) -> (Int, Int, Bool) {
        if f.count - i < 3 { return (0, 1, false) }
        var k = i + 1
        while k < f.count {
            if f[k] == UInt8(ascii: "]") {
                let (w, ok, newi) = parseNum(f, i + 1, k)
                if !ok || newi != k { return (0, k - i + 1, false) }
                return (w - 1, k - i + 1, true)
            }
            k += 1
        }
        return (0, 1, false)
    }

    private static func intFromArg(_ args: [GoValue?], _ argNum: Int) -> (Int, Bool, Int) {
        guard argNum < args.count else { return (0, false, argNum) }
        var num = 0
        var isInt = false
        if let a = args[argNum] {
            switch a.unwrapped {
            case .int(let i): num = i; isInt = true
            case .int64(let i): num = Int(i); isInt = true
            case .month(let i), .weekday(let i): num = i; isInt = true
            case .uint8(let u): num = Int(u); isInt = true
            default: break
            }
        }
        if num > maxNum || num < -maxNum {
            num = 0
            isInt = false
        }
        return (num, isInt, argNum + 1)
    }

    private mutating func doPrintf(_ f: [UInt8], _ args: [GoValue?]) {
        let end = f.count
        var argNum = 0
        var afterIndex = false
        var reordered = false
        var i = 0
        var goodArgNum = true

        func argNumber(_ argNum: Int, _ i: Int) -> (Int, Int, Bool) {
            guard i < end, f[i] == UInt8(ascii: "[") else { return (argNum, i, false) }
            reordered = true
            let (index, w, ok) = GoFmt.parseArgNumber(f, i)
            if ok && index >= 0 && index < args.count { return (index, i + w, true) }
            goodArgNum = false
            return (argNum, i + w, ok)
        }

        while i < end {
            goodArgNum = true
            let lasti = i
            while i < end && f[i] != UInt8(ascii: "%") { i += 1 }
            if i > lasti { buf += GoBytes.string(f[lasti..<i]) }
            if i >= end { break }
            i += 1
            clearFlags()
            flags: while i < end {
                switch f[i] {
                case UInt8(ascii: "#"): sharp = true
                case UInt8(ascii: "0"): zero = !minus
                case UInt8(ascii: "+"): plus = true
                case UInt8(ascii: "-"): minus = true; zero = false
                case UInt8(ascii: " "): space = true
                default: break flags
                }
                i += 1
            }
            (argNum, i, afterIndex) = argNumber(argNum, i)
            if i < end && f[i] == UInt8(ascii: "*") {
                i += 1
                (wid, widPresent, argNum) = GoFmt.intFromArg(args, argNum)
                if !widPresent { buf += "%!(BADWIDTH)" }
                if wid < 0 {
                    wid = -wid
                    minus = true
                    zero = false
                }
                afterIndex = false
            } else {
                (wid, widPresent, i) = GoFmt.parseNum(f, i, end)
                if afterIndex && widPresent { goodArgNum = false }
            }
            if i + 1 < end && f[i] == UInt8(ascii: ".") {
                i += 1
                if afterIndex { goodArgNum = false }
                (argNum, i, afterIndex) = argNumber(argNum, i)
                if i < end && f[i] == UInt8(ascii: "*") {
                    i += 1
                    (prec, precPresent, argNum) = GoFmt.intFromArg(args, argNum)
                    if prec < 0 {
                        prec = 0
                        precPresent = false
                    }
                    if !precPresent { buf += "%!(BADPREC)" }
                    afterIndex = false
                } else {
                    (prec, precPresent, i) = GoFmt.parseNum(f, i, end)
                    if !precPresent {
                        prec = 0
                        precPresent = true
                    }
                }
            }
            if !afterIndex { (argNum, i, afterIndex) = argNumber(argNum, i) }
            if i >= end {
                buf += "%!(NOVERB)"
                break
            }
            // The verb: one UTF-8 character.
            var verbEnd = i + 1
            while verbEnd < end && f[verbEnd] & 0xC0 == 0x80 { verbEnd += 1 }
            let verbText = String(decoding: f[i..<verbEnd], as: UTF8.self)
            let verb: Character = verbText.first ?? "\u{FFFD}"
            i = verbEnd
            if verb == "%" {
                buf += "%"
            } else if !goodArgNum {
                buf += "%!" + String(verb) + "(BADINDEX)"
            } else if argNum >= args.count {
                buf += "%!" + String(verb) + "(MISSING)"
            } else if verb == "v" {
                sharpV = sharp
                sharp = false
                plusV = plus
                plus = false
                printArg(args[argNum], "v")
                argNum += 1
            } else {
                printArg(args[argNum], verb)
                argNum += 1
            }
        }
        if !reordered && argNum < args.count {
            clearFlags()
            buf += "%!(EXTRA "
            for (k, a) in args[argNum...].enumerated() {
                if k > 0 { buf += ", " }
                if let a {
                    buf += a.unwrapped.kind == .invalid ? "<nil>" : a.unwrapped.typeName + "="
                    if a.unwrapped.kind != .invalid { printArg(a, "v") }
                } else {
                    buf += "<nil>"
                }
            }
            buf += ")"
        }
    }

    // MARK: - Padding

    private mutating func writePadding(_ n: Int) {
        guard n > 0 else { return }
        buf += String(repeating: zero ? "0" : " ", count: n)
    }

    private mutating func pad(_ s: String) {
        if !widPresent || wid == 0 {
            buf += s
            return
        }
        let width = wid - s.unicodeScalars.count
        if !minus {
            writePadding(width)
            buf += s
        } else {
            buf += s
            writePadding(width)
        }
    }

    // MARK: - Arguments

    /// The `%!verb(type=value)` of a value the verb does not apply to.
    private mutating func badVerb(_ verb: Character, _ v: GoValue?) {
        erroring = true
        buf += "%!" + String(verb) + "("
        if let u = v?.unwrapped, u.kind != .invalid {
            buf += u.typeName + "="
            printValue(u, "v", depth: 0)
        } else {
            buf += "<nil>"
        }
        buf += ")"
        erroring = false
    }

    private mutating func printArg(_ arg: GoValue?, _ verb: Character) {
        guard let arg0 = arg else {
            if verb == "T" || verb == "v" { pad("<nil>") } else { badVerb(verb, nil) }
            return
        }
        let arg = arg0.unwrapped
        if arg.kind == .invalid {
            if verb == "T" || verb == "v" { pad("<nil>") } else { badVerb(verb, nil) }
            return
        }
        if verb == "T" {
            fmtS(arg.typeName)
            return
        }
        if verb == "p" {
            fmtPointer(arg, verb)
            return
        }
        printValue(arg, verb, depth: 0)
    }

    /// Stringer values (`time.Time`, `time.Month`, …) print their `String()` for v s x X q.
    private mutating func handleMethods(_ v: GoValue, _ verb: Character) -> Bool {
        if erroring { return false }
        if sharpV {
            // time.Time has a GoString method.
            var t: GoTime? = nil
            if case .time(let x) = v { t = x }
            if case .timePointer(let x) = v { t = x.time }
            guard let t else { return false }
            let c = GoTimeFormat.civil(t)
            fmtS("time.Date(\(c.year), time.\(GoTimeFormat.monthName(c.month)), \(c.day), \(c.hour), \(c.minute), \(c.second), \(c.nanos), time.UTC)")
            return true
        }
        guard let s = GoFmt.stringer(v) else { return false }
        switch verb {
        case "v", "s", "x", "X", "q":
            fmtString(s, verb)
            return true
        default:
            return false
        }
    }

    static func stringer(_ v: GoValue) -> String? {
        switch v {
        case .time(let t): return GoTimeFormat.string(t)
        case .timePointer(let t): return GoTimeFormat.string(t.time)
        case .month(let m): return GoTimeFormat.monthName(m)
        case .weekday(let d): return GoTimeFormat.weekdayName(d)
        default: return nil
        }
    }

    private mutating func printValue(_ v: GoValue, _ verb: Character, depth: Int) {
        if handleMethods(v, verb) { return }
        switch v {
        case .invalid:
            if depth == 0 {
                buf += "<invalid reflect.Value>"
            } else if verb == "v" {
                buf += "<nil>"
            } else {
                badVerb(verb, nil)
            }
        case .iface(let inner):
            guard let inner else {
                if sharpV { buf += "interface {}(nil)" } else { fmtS("<nil>") }
                return
            }
            printValue(inner, verb, depth: depth + 1)
        case .bool(let b):
            if verb == "t" || verb == "v" { pad(b ? "true" : "false") } else { badVerb(verb, v) }
        case .int(let n):
            fmtIntegerVerb(UInt64(bitPattern: Int64(n)), signed: true, verb, v)
        case .int64(let n):
            fmtIntegerVerb(UInt64(bitPattern: n), signed: true, verb, v)
        case .month(let n), .weekday(let n):
            fmtIntegerVerb(UInt64(bitPattern: Int64(n)), signed: true, verb, v)
        case .uint8(let n):
            fmtIntegerVerb(UInt64(n), signed: false, verb, v)
        case .float(let f):
            fmtFloatVerb(f, verb, v)
        case .complex(let r, let i):
            switch verb {
            case "v", "b", "g", "G", "x", "X", "f", "F", "e", "E":
                let oldPlus = plus
                buf += "("
                fmtFloatVerb(r, verb, v)
                plus = true
                fmtFloatVerb(i, verb, v)
                buf += "i)"
                plus = oldPlus
            default:
                badVerb(verb, v)
            }
        case .string(let s), .html(let s):
            fmtStringVerb(s, verb, v)
        case .stringMap(let m):
            printMap(keys: m.keys.sorted(by: GoBytes.less), typeName: v.typeName, verb: verb, depth: depth) { k in .string(m[k]!) }
        case .anyMap(let m):
            printMap(keys: m.keys.sorted(by: GoBytes.less), typeName: v.typeName, verb: verb, depth: depth) { k in
                if case .iface = m[k]! { return m[k]! }
                return .iface(m[k]!)
            }
        case .data(let d):
            printStruct(typeName: v.typeName, fields: [
                ("Labels", .stringMap(d.labels)), ("ExternalLabels", .stringMap(d.externalLabels)),
                ("ExternalURL", .string(d.externalURL)), ("Value", .float(d.value)),
            ], verb: verb, depth: depth)
        case .sampleValue(let s):
            printStruct(typeName: v.typeName, fields: [("Labels", .stringMap(s.labels)), ("Value", .float(s.value))],
                        verb: verb, depth: depth)
        case .time(let t):
            printStruct(typeName: v.typeName, fields: GoFmt.timeFields(t), verb: verb, depth: depth)
        case .sample(let s):
            if depth == 0, let s {
                buf += "&"
                printValue(.sampleValue(s), verb, depth: depth + 1)
            } else {
                fmtPointer(v, verb)
            }
        case .timePointer(let t):
            if depth == 0 {
                buf += "&"
                printValue(.time(t.time), verb, depth: depth + 1)
            } else {
                fmtPointer(v, verb)
            }
        case .queryResult(let q):
            if sharpV {
                buf += v.typeName
                if q.backing == nil {
                    buf += "(nil)"
                    return
                }
                buf += "{"
                for (k, e) in q.elements.enumerated() {
                    if k > 0 { buf += ", " }
                    printValue(.sample(e), verb, depth: depth + 1)
                }
                buf += "}"
                return
            }
            buf += "["
            for (k, e) in q.elements.enumerated() {
                if k > 0 { buf += " " }
                printValue(.sample(e), verb, depth: depth + 1)
            }
            buf += "]"
        }
    }

    /// The fields of a `time.Time` struct (wall, ext, loc) for verbs that print it as a struct.
    private static func timeFields(_ t: GoTime) -> [(String, GoValue)] {
        [("wall", .int(Int(t.nanos))), ("ext", .int(Int(t.seconds + 62_135_596_800))), ("loc", .sample(nil))]
    }

    private mutating func printMap(keys: [String], typeName: String, verb: Character, depth: Int,
                                   value: (String) -> GoValue) {
        if sharpV {
            buf += typeName + "{"
        } else {
            buf += "map["
        }
        for (i, k) in keys.enumerated() {
            if i > 0 { buf += sharpV ? ", " : " " }
            printValue(.string(k), verb, depth: depth + 1)
            buf += ":"
            printValue(value(k), verb, depth: depth + 1)
        }
        buf += sharpV ? "}" : "]"
    }

    private mutating func printStruct(typeName: String, fields: [(String, GoValue)], verb: Character, depth: Int) {
        if sharpV { buf += typeName }
        buf += "{"
        for (i, (name, value)) in fields.enumerated() {
            if i > 0 { buf += sharpV ? ", " : " " }
            if plusV || sharpV { buf += name + ":" }
            printValue(value, verb, depth: depth + 1)
        }
        buf += "}"
    }

    /// Pointers below the top level print as addresses; Go's are not reproducible, so these are
    /// stand-ins of the same shape.
    private mutating func fmtPointer(_ v: GoValue, _ verb: Character) {
        var address: UInt64 = 0
        switch v {
        case .sample(let s?): address = 0xc000_0100_00 &+ UInt64(UInt(bitPattern: ObjectIdentifier(s).hashValue) & 0xffff) &* 16
        case .timePointer: address = 0xc000_0200_00
        case .queryResult(let q): address = q.backing == nil ? 0 : 0xc000_0300_00
        case .stringMap, .anyMap: address = 0xc000_0400_00
        case .sample(nil): address = 0
        default:
            badVerb(verb, v)
            return
        }
        switch verb {
        case "v":
            if sharpV {
                buf += "(" + v.typeName + ")("
                buf += address == 0 ? "nil" : "0x" + String(address, radix: 16)
                buf += ")"
            } else if address == 0 {
                pad("<nil>")
            } else {
                let old = sharp
                sharp = !sharp
                fmtInteger(address, base: 16, signed: false, verb: "v", upper: false)
                sharp = old
            }
        case "p":
            let old = sharp
            sharp = !sharp
            fmtInteger(address, base: 16, signed: false, verb: "v", upper: false)
            sharp = old
        case "b", "o", "d", "x", "X":
            let base = verb == "b" ? 2 : verb == "o" ? 8 : verb == "d" ? 10 : 16
            fmtInteger(address, base: base, signed: false, verb: verb, upper: verb == "X")
        default:
            badVerb(verb, v)
        }
    }

    // MARK: - Numbers

    private mutating func fmtIntegerVerb(_ u: UInt64, signed: Bool, _ verb: Character, _ v: GoValue) {
        switch verb {
        case "v":
            if sharpV && !signed {
                let old = sharp
                sharp = true
                fmtInteger(u, base: 16, signed: false, verb: "v", upper: false)
                sharp = old
            } else {
                fmtInteger(u, base: 10, signed: signed, verb: verb, upper: false)
            }
        case "d": fmtInteger(u, base: 10, signed: signed, verb: verb, upper: false)
        case "b": fmtInteger(u, base: 2, signed: signed, verb: verb, upper: false)
        case "o", "O": fmtInteger(u, base: 8, signed: signed, verb: verb, upper: false)
        case "x": fmtInteger(u, base: 16, signed: signed, verb: verb, upper: false)
        case "X": fmtInteger(u, base: 16, signed: signed, verb: verb, upper: true)
        case "c":
            pad(String(Character(Unicode.Scalar(GoFmt.runeValue(u, signed: signed)) ?? "\u{FFFD}")))
        case "q":
            let r = GoFmt.runeValue(u, signed: signed)
            pad(GoStrconv.quoteRune(r, asciiOnly: plus))
        case "U":
            fmtUnicode(u)
        default:
            badVerb(verb, v)
        }
    }

    private static func runeValue(_ u: UInt64, signed: Bool) -> UInt32 {
        if signed {
            let i = Int64(bitPattern: u)
            if i < 0 || i > 0x10FFFF { return 0xFFFD }
            return UInt32(i)
        }
        return u > 0x10FFFF ? 0xFFFD : UInt32(u)
    }

    private mutating func fmtUnicode(_ u: UInt64) {
        var hex = String(u, radix: 16, uppercase: true)
        var digits = 4
        if precPresent && prec > 4 { digits = prec }
        while hex.count < digits { hex = "0" + hex }
        var s = "U+" + hex
        if sharp && u <= 0x10FFFF, let sc = Unicode.Scalar(UInt32(u)), GoUnicode.isPrint(sc) {
            s += " '" + String(Character(sc)) + "'"
        }
        let oldZero = zero
        zero = false
        pad(s)
        zero = oldZero
    }

    private mutating func fmtInteger(_ u0: UInt64, base: Int, signed: Bool, verb: Character, upper: Bool) {
        let negative = signed && Int64(bitPattern: u0) < 0
        let u = negative ? (0 &- u0) : u0
        var precision = 0
        if precPresent {
            precision = prec
            if precision == 0 && u == 0 {
                let oldZero = zero
                zero = false
                writePadding(wid)
                zero = oldZero
                return
            }
        } else if zero && widPresent {
            precision = wid
            if negative || plus || space { precision -= 1 }
        }
        var digits = String(u, radix: base, uppercase: upper)
        if digits.count < precision {
            digits = String(repeating: "0", count: precision - digits.count) + digits
        }
        if sharp {
            switch base {
            case 2: digits = "0b" + digits
            case 8: if !digits.hasPrefix("0") { digits = "0" + digits }
            case 16: digits = (upper ? "0X" : "0x") + digits
            default: break
            }
        }
        if verb == "O" { digits = "0o" + digits }
        if negative {
            digits = "-" + digits
        } else if plus {
            digits = "+" + digits
        } else if space {
            digits = " " + digits
        }
        let oldZero = zero
        zero = false
        pad(digits)
        zero = oldZero
    }

    private mutating func fmtFloatVerb(_ f: Double, _ verb: Character, _ v: GoValue) {
        switch verb {
        case "v": fmtFloat(f, "g", -1)
        case "b", "g", "G", "x", "X": fmtFloat(f, verb, -1)
        case "f", "e", "E": fmtFloat(f, verb, 6)
        case "F": fmtFloat(f, "f", 6)
        default: badVerb(verb, v)
        }
    }

    private mutating func fmtFloat(_ v: Double, _ verb: Character, _ defaultPrec: Int) {
        let p = precPresent ? prec : defaultPrec
        var num = Array(GoFloat.format(v, verb, p).utf8)
        if num.first == UInt8(ascii: "-") || num.first == UInt8(ascii: "+") {
            // keep the sign
        } else {
            num.insert(UInt8(ascii: "+"), at: 0)
        }
        if space && num[0] == UInt8(ascii: "+") && !plus { num[0] = UInt8(ascii: " ") }
        if num.count > 1 && (num[1] == UInt8(ascii: "I") || num[1] == UInt8(ascii: "N")) {
            let oldZero = zero
            zero = false
            if num[1] == UInt8(ascii: "N") && !space && !plus { num.removeFirst() }
            pad(String(decoding: num, as: UTF8.self))
            zero = oldZero
            return
        }
        if sharp && verb != "b" {
            var digits = 0
            switch verb {
            case "v", "g", "G", "x":
                digits = p
                if digits == -1 { digits = 6 }
            default: break
            }
            var tail: [UInt8] = []
            var hasPoint = false
            var sawNonzero = false
            var i = 1
            while i < num.count {
                let c = num[i]
                if c == UInt8(ascii: ".") {
                    hasPoint = true
                } else if c == UInt8(ascii: "p") || c == UInt8(ascii: "P") {
                    tail = Array(num[i...])
                    num.removeSubrange(i...)
                    break
                } else if (c == UInt8(ascii: "e") || c == UInt8(ascii: "E")) && verb != "x" && verb != "X" {
                    tail = Array(num[i...])
                    num.removeSubrange(i...)
                    break
                } else {
                    if c != UInt8(ascii: "0") { sawNonzero = true }
                    if sawNonzero { digits -= 1 }
                }
                i += 1
            }
            if !hasPoint {
                if num.count == 2 && num[1] == UInt8(ascii: "0") { digits -= 1 }
                num.append(UInt8(ascii: "."))
            }
            while digits > 0 {
                num.append(UInt8(ascii: "0"))
                digits -= 1
            }
            num += tail
        }
        if plus || num[0] != UInt8(ascii: "+") {
            if zero && widPresent && wid > num.count {
                buf.unicodeScalars.append(Unicode.Scalar(num[0]))
                writePadding(wid - num.count)
                buf += String(decoding: num[1...], as: UTF8.self)
                return
            }
            pad(String(decoding: num, as: UTF8.self))
            return
        }
        pad(String(decoding: num[1...], as: UTF8.self))
    }

    // MARK: - Strings

    private mutating func fmtStringVerb(_ s: String, _ verb: Character, _ v: GoValue) {
        switch verb {
        case "v":
            if sharpV { fmtQ(s) } else { fmtS(s) }
        case "s": fmtS(s)
        case "x": fmtSx(s, upper: false)
        case "X": fmtSx(s, upper: true)
        case "q": fmtQ(s)
        default: badVerb(verb, v)
        }
    }

    private mutating func fmtString(_ s: String, _ verb: Character) {
        fmtStringVerb(s, verb, .string(s))
    }

    private func truncate(_ s: String) -> String {
        if precPresent {
            let u = s.unicodeScalars
            if u.count > prec {
                var out = String.UnicodeScalarView()
                out.append(contentsOf: u.prefix(prec))
                return String(out)
            }
        }
        return s
    }

    private mutating func fmtS(_ s: String) {
        pad(truncate(s))
    }

    private mutating func fmtQ(_ s0: String) {
        let s = truncate(s0)
        if sharp && GoStrconv.canBackquote(s) {
            pad("`" + s + "`")
        } else if plus {
            pad(GoStrconv.quoteToASCII(s))
        } else {
            pad(GoStrconv.quote(s))
        }
    }

    private mutating func fmtSx(_ s: String, upper: Bool) {
        let bytes = GoBytes.bytes(s)
        var length = bytes.count
        if precPresent && prec < length { length = prec }
        var width = 2 * length
        if width > 0 {
            if space {
                if sharp { width *= 2 }
                width += length - 1
            } else if sharp {
                width += 2
            }
        } else {
            if widPresent { writePadding(wid) }
            return
        }
        if widPresent && wid > width && !minus { writePadding(wid - width) }
        let digits: [Character] = Array(upper ? "0123456789ABCDEFX" : "0123456789abcdefx")
        var out = ""
        if sharp { out.append("0"); out.append(digits[16]) }
        for i in 0..<length {
            if space && i > 0 {
                out.append(" ")
                if sharp { out.append("0"); out.append(digits[16]) }
            }
            out.append(digits[Int(bytes[i] >> 4)])
            out.append(digits[Int(bytes[i] & 0xF)])
        }
        buf += out
        if widPresent && wid > width && minus { writePadding(wid - width) }
    }
}
