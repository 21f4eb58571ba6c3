/// Go's `text/template` builtin functions (Go 1.19): and or not len index slice print printf
/// println html js urlquery call eq ne lt le gt ge.
enum TemplateBuiltins {
    typealias F = TemplateFunction

    static let all: [String: TemplateFunction] = [
        "and": F(params: [.reflectValue], variadic: .reflectValue, special: .and) { $0.last ?? .invalid },
        "or": F(params: [.reflectValue], variadic: .reflectValue, special: .or) { $0.last ?? .invalid },
        "not": F(params: [.reflectValue], variadic: nil) { a in .bool(!a[0].unwrapped.truth) },
        "len": F(params: [.reflectValue], variadic: nil) { a throws(TemplateFuncError) in try length(a[0]) },
        "index": F(params: [.reflectValue], variadic: .reflectValue) { a throws(TemplateFuncError) in
            try index(a[0], Array(a.dropFirst()))
        },
        "slice": F(params: [.reflectValue], variadic: .reflectValue) { a throws(TemplateFuncError) in
            try slice(a[0], Array(a.dropFirst()))
        },
        "print": F(params: [], variadic: .any) { a in .string(GoFmt.sprint(fmtArgs(a))) },
        "println": F(params: [], variadic: .any) { a in .string(GoFmt.sprintln(fmtArgs(a))) },
        "printf": F(params: [.string], variadic: .any) { a in
            guard case .string(let f) = a[0] else { return .string("") }
            return .string(GoFmt.sprintf(f, fmtArgs(Array(a.dropFirst()))))
        },
        "html": F(params: [], variadic: .any) { a in .string(htmlEscape(evalArgs(a))) },
        "js": F(params: [], variadic: .any) { a in .string(jsEscape(evalArgs(a))) },
        "urlquery": F(params: [], variadic: .any) { a in .string(queryEscape(evalArgs(a))) },
        "call": F(params: [.reflectValue], variadic: .reflectValue) { a throws(TemplateFuncError) in
            let fn = a[0].unwrapped
            if case .invalid = fn { throw TemplateFuncError("call of nil") }
            throw TemplateFuncError("non-function of type \(fn.typeName)")
        },
        "eq": F(params: [.reflectValue], variadic: .reflectValue) { a throws(TemplateFuncError) in
            .bool(try eq(a[0], Array(a.dropFirst())))
        },
        "ne": F(params: [.reflectValue, .reflectValue], variadic: nil) { a throws(TemplateFuncError) in
            .bool(!(try eq(a[0], [a[1]])))
        },
        "lt": F(params: [.reflectValue, .reflectValue], variadic: nil) { a throws(TemplateFuncError) in
            .bool(try lt(a[0], a[1]))
        },
        "le": F(params: [.reflectValue, .reflectValue], variadic: nil) { a throws(TemplateFuncError) in
            .bool(try le(a[0], a[1]))
        },
        "gt": F(params: [.reflectValue, .reflectValue], variadic: nil) { a throws(TemplateFuncError) in
            .bool(!(try le(a[0], a[1])))
        },
        "ge": F(params: [.reflectValue, .reflectValue], variadic: nil) { a throws(TemplateFuncError) in
            .bool(!(try lt(a[0], a[1])))
        },
    ]

    /// Values passed as `...any` to fmt: interfaces are unwrapped, nothing becomes Go's nil.
    static func fmtArgs(_ a: [GoValue]) -> [GoValue?] {
        a.map { v in
            let u = v.unwrapped
            if case .invalid = u { return nil }
            return u
        }
    }

    /// The text of `html`/`js`/`urlquery` arguments: one string as is, else `fmt.Sprint` of the
    /// arguments made printable (pointers followed, a missing value `<no value>`).
    static func evalArgs(_ a: [GoValue]) -> String {
        if a.count == 1, case .string(let s) = a[0].unwrapped { return s }
        let printable: [GoValue?] = a.map { v in
            switch v.unwrapped {
            case .invalid: return .string("<no value>")
            case .sample(let s?): return .sampleValue(s)
            case .timePointer(let t): return .time(t.time)
            case let u: return u
            }
        }
        return GoFmt.sprint(printable)
    }

    // MARK: - Escaping

    static func htmlEscape(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for u in s.unicodeScalars {
            switch u {
            case "\0": out += "\u{FFFD}"
            case "\"": out += "&#34;"
            case "'": out += "&#39;"
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            default: out.unicodeScalars.append(u)
            }
        }
        return out
    }

    static func jsEscape(_ s: String) -> String {
        var out = ""
        func hex4(_ v: UInt32) -> String {
            var h = String(v, radix: 16, uppercase: true)
            while h.count < 4 { h = "0" + h }
            return h
        }
        for u in s.unicodeScalars {
            switch u {
            case "\\": out += "\\\\"
            case "'": out += "\\'"
            case "\"": out += "\\\""
            case "<": out += "\\u003C"
            case ">": out += "\\u003E"
            case "&": out += "\\u0026"
            case "=": out += "\\u003D"
            default:
                if u.value < 0x80 {
                    if u.value < 0x20 {
                        out += "\\u" + hex4(u.value)
                    } else {
                        out.unicodeScalars.append(u)
                    }
                } else if GoUnicode.isPrint(u) || GoBytes.isRawByte(u) {
                    out.unicodeScalars.append(u)
                } else {
                    out += "\\u" + hex4(u.value)
                }
            }
        }
        return out
    }

    /// `url.QueryEscape`.
    static func queryEscape(_ s: String) -> String {
        var out = ""
        let hex = Array("0123456789ABCDEF")
        for b in GoBytes.bytes(s) {
            switch b {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                 UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "_"),
                 UInt8(ascii: "."), UInt8(ascii: "~"):
                out.unicodeScalars.append(Unicode.Scalar(b))
            case UInt8(ascii: " "):
                out += "+"
            default:
                out.append("%")
                out.append(hex[Int(b >> 4)])
                out.append(hex[Int(b & 15)])
            }
        }
        return out
    }

    // MARK: - len, index, slice

    static func length(_ item: GoValue) throws(TemplateFuncError) -> GoValue {
        let (v, isNil) = item.indirect
        if isNil { throw TemplateFuncError("len of nil pointer") }
        if case .invalid = v { throw TemplateFuncError("reflect: call of reflect.Value.Type on zero Value") }
        guard let n = v.length else { throw TemplateFuncError("len of type \(v.typeName)") }
        return .int(n)
    }

    private static func indexArg(_ index: GoValue, _ cap: Int) throws(TemplateFuncError) -> Int {
        let x: Int
        switch index {
        case .int(let i), .month(let i), .weekday(let i): x = i
        case .int64(let i): x = Int(i)
        case .uint8(let u): x = Int(u)
        case .invalid: throw TemplateFuncError("cannot index slice/array with nil")
        default: throw TemplateFuncError("cannot index slice/array with type \(index.typeName)")
        }
        if x < 0 || x > cap { throw TemplateFuncError("index out of range: \(x)") }
        return x
    }

    static func index(_ item0: GoValue, _ indexes: [GoValue]) throws(TemplateFuncError) -> GoValue {
        var item = item0.unwrapped
        if case .invalid = item { throw TemplateFuncError("index of untyped nil") }
        for idx in indexes {
            let index = idx.unwrapped
            let (v, isNil) = item.indirect
            if isNil { throw TemplateFuncError("index of nil pointer") }
            item = v
            switch item {
            case .string(let s), .html(let s):
                let bytes = GoBytes.bytes(s)
                let x = try indexArg(index, bytes.count)
                if x == bytes.count { throw TemplateFuncError("reflect: string index out of range") }
                item = .uint8(bytes[x])
            case .queryResult(let q):
                let x = try indexArg(index, q.count)
                if x == q.count { throw TemplateFuncError("reflect: slice index out of range") }
                item = .sample(q.element(x))
            case .stringMap(let m):
                let key = try mapKey(index)
                item = .string(m[key] ?? "")
            case .anyMap(let m):
                let key = try mapKey(index)
                if let e = m[key] {
                    if case .iface = e { item = e } else { item = .iface(e) }
                } else {
                    item = .iface(nil)
                }
            default:
                throw TemplateFuncError("can't index item of type \(item.typeName)")
            }
        }
        return item
    }

    private static func mapKey(_ index: GoValue) throws(TemplateFuncError) -> String {
        switch index {
        case .string(let s): return s
        case .invalid: throw TemplateFuncError("value is nil; should be of type string")
        default: throw TemplateFuncError("value has type \(index.typeName); should be string")
        }
    }

    static func slice(_ item0: GoValue, _ indexes: [GoValue]) throws(TemplateFuncError) -> GoValue {
        let item = item0.unwrapped
        if case .invalid = item { throw TemplateFuncError("slice of untyped nil") }
        if indexes.count > 3 { throw TemplateFuncError("too many slice indexes: \(indexes.count)") }
        var cap: Int
        var len: Int
        switch item {
        case .string(let s), .html(let s):
            if indexes.count == 3 { throw TemplateFuncError("cannot 3-index slice a string") }
            cap = GoBytes.count(s)
            len = cap
        case .queryResult(let q):
            cap = q.cap
            len = q.count
        default:
            throw TemplateFuncError("can't slice item of type \(item.typeName)")
        }
        var idx = [0, len, 0]
        for (i, index) in indexes.enumerated() {
            idx[i] = try indexArg(index, cap)
        }
        if idx[0] > idx[1] { throw TemplateFuncError("invalid slice index: \(idx[0]) > \(idx[1])") }
        if indexes.count == 3 && idx[1] > idx[2] {
            throw TemplateFuncError("invalid slice index: \(idx[1]) > \(idx[2])")
        }
        switch item {
        case .string(let s), .html(let s):
            let r = GoBytes.string(GoBytes.bytes(s)[idx[0]..<idx[1]])
            if case .html = item { return .html(r) }
            return .string(r)
        case .queryResult(let q):
            let newCap = indexes.count == 3 ? idx[2] - idx[0] : q.cap - idx[0]
            return .queryResult(QuerySlice(backing: q.backing, start: q.start + idx[0], count: idx[1] - idx[0], cap: newCap))
        default:
            return item
        }
    }

    // MARK: - Comparison

    /// The kind Go's comparison functions sort a value by: its own kind when basic (bool,
    /// numbers, string), else `.invalid`.
    private static func basicKind(_ v: GoValue) -> GoKind {
        switch v.kind {
        case .bool, .int, .uint, .float, .complex, .string: return v.kind
        default: return .invalid
        }
    }

    private static func intValue(_ v: GoValue) -> Int {
        switch v {
        case .int(let i), .month(let i), .weekday(let i): return i
        case .int64(let i): return Int(i)
        default: return 0
        }
    }

    private static func uintValue(_ v: GoValue) -> UInt64 {
        if case .uint8(let u) = v { return UInt64(u) }
        return 0
    }

    private static func floatValue(_ v: GoValue) -> Double {
        if case .float(let f) = v { return f }
        return 0
    }

    private static func stringValue(_ v: GoValue) -> String {
        switch v {
        case .string(let s), .html(let s): return s
        default: return ""
        }
    }

    /// Whether Go can compare values of this type with `==`.
    private static func isComparable(_ v: GoValue) -> Bool {
        switch v {
        case .stringMap, .anyMap, .queryResult, .data, .sampleValue: return false
        default: return true
        }
    }

    private static func sameValue(_ a: GoValue, _ b: GoValue) -> Bool {
        switch (a, b) {
        case (.sample(let x), .sample(let y)): return x === y
        case (.timePointer(let x), .timePointer(let y)): return x === y
        case (.time(let x), .time(let y)): return x == y
        default: return false
        }
    }

    static func eq(_ arg1: GoValue, _ arg2: [GoValue]) throws(TemplateFuncError) -> Bool {
        let a1 = arg1.unwrapped
        if arg2.isEmpty { throw TemplateFuncError("missing argument for comparison") }
        let k1 = basicKind(a1)
        for arg in arg2 {
            let a = arg.unwrapped
            let k2 = basicKind(a)
            var truth = false
            if k1 != k2 {
                switch (k1, k2) {
                case (.int, .uint): truth = intValue(a1) >= 0 && UInt64(intValue(a1)) == uintValue(a)
                case (.uint, .int): truth = intValue(a) >= 0 && uintValue(a1) == UInt64(intValue(a))
                default:
                    if a1.kind != .invalid && a.kind != .invalid {
                        throw TemplateFuncError("incompatible types for comparison")
                    }
                }
            } else {
                switch k1 {
                case .bool:
                    if case .bool(let x) = a1, case .bool(let y) = a { truth = x == y }
                case .complex:
                    if case .complex(let r1, let i1) = a1, case .complex(let r2, let i2) = a { truth = r1 == r2 && i1 == i2 }
                case .float: truth = floatValue(a1) == floatValue(a)
                case .int: truth = intValue(a1) == intValue(a)
                case .string: truth = GoBytes.equal(stringValue(a1), stringValue(a))
                case .uint: truth = uintValue(a1) == uintValue(a)
                default:
                    if a1.kind == .invalid || a.kind == .invalid {
                        truth = a1.kind == .invalid && a.kind == .invalid
                    } else {
                        if a1.kind != a.kind {
                            throw TemplateFuncError("non-comparable types \(GoFmt.sprintS(a1)): \(a1.typeName), \(a.typeName): \(GoFmt.sprintValue(a))")
                        }
                        if a1.isNil || a.isNil {
                            truth = a1.isNil == a.isNil
                        } else if !isComparable(a) {
                            throw TemplateFuncError("non-comparable type \(GoFmt.sprintS(a)): \(a.typeName)")
                        } else {
                            truth = a1.typeName == a.typeName && sameValue(a1, a)
                        }
                    }
                }
            }
            if truth { return true }
        }
        return false
    }

    static func lt(_ arg1: GoValue, _ arg2: GoValue) throws(TemplateFuncError) -> Bool {
        let a1 = arg1.unwrapped
        let k1 = basicKind(a1)
        if k1 == .invalid { throw TemplateFuncError("invalid type for comparison") }
        let a2 = arg2.unwrapped
        let k2 = basicKind(a2)
        if k2 == .invalid { throw TemplateFuncError("invalid type for comparison") }
        if k1 != k2 {
            switch (k1, k2) {
            case (.int, .uint): return intValue(a1) < 0 || UInt64(intValue(a1)) < uintValue(a2)
            case (.uint, .int): return intValue(a2) >= 0 && uintValue(a1) < UInt64(intValue(a2))
            default: throw TemplateFuncError("incompatible types for comparison")
            }
        }
        switch k1 {
        case .float: return floatValue(a1) < floatValue(a2)
        case .int: return intValue(a1) < intValue(a2)
        case .string: return goLess(stringValue(a1), stringValue(a2))
        case .uint: return uintValue(a1) < uintValue(a2)
        default: throw TemplateFuncError("invalid type for comparison")
        }
    }

    static func le(_ a: GoValue, _ b: GoValue) throws(TemplateFuncError) -> Bool {
        if try lt(a, b) { return true }
        return try eq(a, [b])
    }

    /// Go's string order: bytewise.
    static func goLess(_ a: String, _ b: String) -> Bool {
        GoBytes.less(a, b)
    }
}
