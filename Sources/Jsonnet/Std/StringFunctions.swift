/// std string functions: `toString`, `codepoint`, `char`, `substr`, `findSubstr`, `startsWith`,
/// `endsWith`, `stripChars` …, `split`, `splitLimit`, `splitLimitR`, `strReplace`, `isEmpty`,
/// `trim`, `equalsIgnoreCase`, `asciiUpper`, `asciiLower`, `stringChars`.
///
/// Strings are indexed by code point. Searching works on UTF-8 bytes (a match of valid UTF-8 in
/// valid UTF-8 always starts on a character boundary) and is linear in the string length.
///
/// go-jsonnet implements `findSubstr`, `startsWith`, `endsWith`, `split`, `asciiUpper`,
/// `asciiLower` and `stringChars` in Jsonnet: their arguments are lazy, and their errors carry
/// `<std>` frames, reproduced here with `StrStd` chains.
enum StringFunctions {
    static func register(_ std: StdLibrary) {
        std.add(Builtin("toString", ["a"]) { a, vm, site throws(RuntimeError) in
            if case .string = a[0] { return a[0] }
            try vm.push(site: site)
            defer { vm.pop() }
            return .string(JString(try JSONWriter.toString(a[0], vm)))
        })
        std.add(Builtin("codepoint", ["str"]) { a, vm, site throws(RuntimeError) in
            let s = try vm.string(a[0], site)
            guard s.scalarCount == 1 else {
                throw vm.error("codepoint takes a string of length 1, got length \(s.scalarCount)", at: site)
            }
            return .number(Double(s.scalar(at: 0).value))
        })
        std.add(Builtin("char", ["n"]) { a, vm, site throws(RuntimeError) in
            let d = try vm.number(a[0], site)
            if d < 0 { throw vm.error("Codepoints must be >= 0, got \(NumberFormat.goShortest(d))", at: site) }
            if d > 1114111 { throw vm.error("Invalid unicode codepoint, got \(NumberFormat.goShortest(d))", at: site) }
            let u = Unicode.Scalar(UInt32(d)) ?? "\u{FFFD}"
            return .string(StrUtil.single(u))
        })
        std.add(Builtin("substr", ["str", "from", "len"]) { a, vm, site throws(RuntimeError) in
            guard case .string(let s) = a[0] else {
                throw vm.error("substr first parameter should be a string, got \(a[0].typeName)", at: site)
            }
            guard case .number(let fromD) = a[1] else {
                throw vm.error("substr second parameter should be a number, got \(a[1].typeName)", at: site)
            }
            // go: `from` must be a whole number (any size) and not negative, then `len` a
            // whole number in int32 range and not negative, checked in that order.
            if fromD.rounded(.towardZero) != fromD {
                throw vm.error("substr second parameter should be an integer, got \(NumberFormat.cFormat("%f", fromD))", at: site)
            }
            if fromD < 0 {
                throw vm.error("substr second parameter should be greater than zero, got \(NumberFormat.cFormat("%f", fromD))", at: site)
            }
            guard case .number(let lenD) = a[2] else {
                throw vm.error("substr third parameter should be a number, got \(a[2].typeName)", at: site)
            }
            if lenD.rounded(.towardZero) != lenD || lenD < -2147483648 || lenD > 2147483647 {
                throw vm.error("substr third parameter should be an integer, got \(NumberFormat.cFormat("%f", lenD))", at: site)
            }
            if lenD < 0 {
                throw vm.error("substr third parameter should be greater than zero, got \(Int(lenD))", at: site)
            }
            let n = s.scalarCount
            let from = Int(min(fromD, Double(n)))
            let end = Int(min(Double(from) + lenD, Double(n)))
            if from >= end { return .string(JString.empty) }
            if from == 0 && end == n { return a[0] }
            return .string(StrUtil.substring(s, from, end))
        })
        std.add(Builtin("findSubstr", StrStd.params("pat", "str"), lazy: { a, vm, site throws(RuntimeError) in
            let pv = try vm.strForce(a[0], site, StrStd.findSubstrPat)
            guard case .string(let pat) = pv else {
                throw vm.strError("findSubstr first parameter should be a string, got \(pv.typeName)", site, StrStd.findSubstrPatError)
            }
            let sv = try vm.strForce(a[1], site, StrStd.findSubstrStr)
            guard case .string(let str) = sv else {
                throw vm.strError("findSubstr second parameter should be a string, got \(sv.typeName)", site, StrStd.findSubstrStrError)
            }
            if pat.utf8Count == 0 || pat.utf8Count > str.utf8Count { return .array(ArrayValue.empty) }
            var out = ContiguousArray<Lazy>()
            StrUtil.withBytes(str) { text in
                StrUtil.withBytes(pat) { p in
                    // Byte offsets of the matches, turned into code point indices on the way.
                    var cp = 0, pos = 0
                    ByteSearch.forEach(text, p, overlapping: true) { at in
                        while pos < at {
                            if text[pos] & 0xC0 != 0x80 { cp += 1 }
                            pos += 1
                        }
                        out.append(.ready(.number(Double(cp))))
                        return true
                    }
                }
            }
            return .array(ArrayValue(out))
        }))
        std.add(Builtin("startsWith", StrStd.params("a", "b"), lazy: { a, vm, site throws(RuntimeError) in
            try prefixTest(a, vm, site, StrStd.startsWith, suffix: false)
        }))
        std.add(Builtin("endsWith", StrStd.params("a", "b"), lazy: { a, vm, site throws(RuntimeError) in
            try prefixTest(a, vm, site, StrStd.endsWith, suffix: true)
        }))
        for (name, left, right) in [("stripChars", true, true), ("lstripChars", true, false), ("rstripChars", false, true)] {
            std.add(Builtin(name, ["str", "chars"]) { a, vm, site throws(RuntimeError) in
                let s = try vm.string(a[0], site)
                return .string(try strip(s, a[1], left: left, right: right, vm, site))
            })
        }
        std.add(Builtin("split", StrStd.params("str", "c"), lazy: { a, vm, site throws(RuntimeError) in
            let sv = try vm.strForce(a[0], site, StrStd.splitStr)
            guard case .string(let s) = sv else {
                throw vm.strError("std.split first parameter must be a String, got \(sv.typeName)", site, StrStd.splitStrError)
            }
            let cv = try vm.strForce(a[1], site, StrStd.splitC)
            guard case .string(let c) = cv else {
                throw vm.strError("std.split second parameter must be a String, got \(cv.typeName)", site, StrStd.splitCError)
            }
            if c.utf8Count == 0 {
                throw vm.strError("std.split second parameter must have length 1 or greater, got 0", site, StrStd.splitLengthError)
            }
            return .array(split(s, c, limit: -1, fromRight: false))
        }))
        for (name, fromRight) in [("splitLimit", false), ("splitLimitR", true)] {
            std.add(Builtin(name, ["str", "c", "maxsplits"]) { a, vm, site throws(RuntimeError) in
                let s = try vm.string(a[0], site)
                let c = try vm.string(a[1], site)
                let limit = try vm.integer(a[2], site)
                if limit < -1 {
                    throw vm.error("std.\(name) third parameter should be -1 or non-negative, got \(limit)", at: site)
                }
                if c.utf8Count == 0 {
                    throw vm.error("std.\(name) second parameter should have length 1 or greater, got 0", at: site)
                }
                return .array(split(s, c, limit: limit, fromRight: fromRight))
            })
        }
        std.add(Builtin("strReplace", ["str", "from", "to"]) { a, vm, site throws(RuntimeError) in
            let s = try vm.string(a[0], site)
            let from = try vm.string(a[1], site)
            let to = try vm.string(a[2], site)
            if from.utf8Count == 0 { throw vm.error("'from' string must not be zero length.", at: site) }
            return .string(StrUtil.replace(s, from, to) ?? s)
        })
        std.add(Builtin("isEmpty", ["str"]) { a, vm, site throws(RuntimeError) in
            .bool(try vm.string(a[0], site).utf8Count == 0)
        })
        std.add(Builtin("trim", ["str"]) { a, vm, site throws(RuntimeError) in
            let s = try vm.string(a[0], site)
            return .string(trimSpace(s))
        })
        std.add(Builtin("equalsIgnoreCase", ["str1", "str2"]) { a, vm, site throws(RuntimeError) in
            let x = try vm.string(a[0], site), y = try vm.string(a[1], site)
            return .bool(CaseFold.equal(x, y))
        })
        std.add(Builtin("asciiUpper", StrStd.params("str"), lazy: { a, vm, site throws(RuntimeError) in
            try asciiCase(a[0], upper: true, vm, site)
        }))
        std.add(Builtin("asciiLower", StrStd.params("str"), lazy: { a, vm, site throws(RuntimeError) in
            try asciiCase(a[0], upper: false, vm, site)
        }))
        std.add(Builtin("stringChars", StrStd.params("str"), lazy: { a, vm, site throws(RuntimeError) in
            let v = try vm.strForce(a[0], site, StrStd.stringChars)
            switch v {
            case .string(let s): return .array(StrUtil.chars(s))
            case .array(let arr):
                // The elements, read through go's `str[i]` when they are still unevaluated.
                var out = arr.elements
                let f = FunctionValue(builtin: StrStd.indexBuiltin)
                for i in out.indices {
                    guard case .pending(let t) = out[i] else { continue }
                    if let e = t.value {
                        out[i] = .ready(e)
                    } else {
                        out[i] = .pending(CallThunk.make(f, [.ready(v), .ready(.number(Double(i)))], vm,
                                                         sites: [SiteNode.nowhere, StrStd.stringCharsIndex]))
                    }
                }
                return .array(ArrayValue(out))
            case .object, .function:
                // go's `std.makeArray(std.length(str), function(i) str[i])`: elements that fail
                // when forced.
                let n = try jsonnetLength(v, vm, site, StrStd.stringCharsLength)
                var out = ContiguousArray<Lazy>()
                out.reserveCapacity(n)
                let f = FunctionValue(builtin: StrStd.indexBuiltin)
                for i in 0..<n {
                    out.append(.pending(CallThunk.make(f, [.ready(v), .ready(.number(Double(i)))], vm,
                                                       sites: [SiteNode.nowhere, StrStd.stringCharsIndex])))
                }
                return .array(ArrayValue(out))
            default:
                throw vm.strError("Unexpected type \(v.typeName)", site, StrStd.stringCharsLength)
            }
        }))
    }

    /// `std.length` as go's std code uses it: "Unexpected type X" for other values.
    static func jsonnetLength(_ v: Value, _ vm: Evaluator, _ site: Node, _ chain: [SiteNode]) throws(RuntimeError) -> Int {
        switch v {
        case .string(let s): return s.scalarCount
        case .array(let a): return a.count
        case .object(let o): return o.visibleFields(vm).count
        case .function(let f): return f.requiredParameterCount
        default: throw vm.strError("Unexpected type \(v.typeName)", site, chain)
        }
    }

    /// `startsWith` / `endsWith`: go compares lengths (any value with a length), then takes a
    /// `std.substr` of `a` (which must then be a string) and compares it with `b`.
    private static func prefixTest(_ args: [Lazy], _ vm: Evaluator, _ site: Node, _ t: StrStd.PrefixTrace,
                                   suffix: Bool) throws(RuntimeError) -> Value {
        let a = try vm.strForce(args[0], site, t.forceA)
        let la = try jsonnetLength(a, vm, site, t.lengthA)
        let b = try vm.strForce(args[1], site, t.forceB)
        let lb = try jsonnetLength(b, vm, site, t.lengthB)
        if la < lb { return .false }
        guard case .string(let x) = a else {
            throw vm.strError("substr first parameter should be a string, got \(a.typeName)", site, t.substr)
        }
        guard case .string(let y) = b else { return .false }
        if suffix {
            return .bool(StrUtil.withBytes(x) { xb in
                StrUtil.withBytes(y) { yb in
                    yb.count <= xb.count && memcmpEqual(xb, xb.count - yb.count, yb)
                }
            })
        }
        return .bool(StrUtil.withBytes(x) { xb in
            StrUtil.withBytes(y) { yb in yb.count <= xb.count && memcmpEqual(xb, 0, yb) }
        })
    }

    private static func memcmpEqual(_ a: UnsafeBufferPointer<UInt8>, _ at: Int, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        while i < b.count {
            if a[at + i] != b[i] { return false }
            i += 1
        }
        return true
    }

    /// The strip functions. `chars` is tested with go's `std.member`: a string (holding the
    /// character) or an array (holding an equal element; elements forced in order until one
    /// matches). It is not looked at when `s` is empty.
    private static func strip(_ s: JString, _ chars: Value, left: Bool, right: Bool, _ vm: Evaluator,
                              _ site: Node) throws(RuntimeError) -> JString {
        if s.utf8Count == 0 { return s }
        let test: (Unicode.Scalar) throws(RuntimeError) -> Bool
        switch chars {
        case .string(let c):
            if c.isASCII {
                var table = [Bool](repeating: false, count: 128)
                StrUtil.withBytes(c) { for b in $0 { table[Int(b)] = true } }
                test = { u in u.value < 128 && table[Int(u.value)] }
            } else {
                let set = Set(c.scalars)
                test = { u in set.contains(u) }
            }
        case .array(let arr):
            let elements = arr.elements
            test = { (u) throws(RuntimeError) -> Bool in
                for e in elements {
                    if case .string(let t) = try e.force(vm, site: site), t.utf8Count <= 4,
                       t.scalarCount == 1, t.scalar(at: 0) == u {
                        return true
                    }
                }
                return false
            }
        default:
            throw vm.error("std.member first argument must be an array or a string", at: site)
        }
        let scalars = s.string.unicodeScalars
        var lo = scalars.startIndex, hi = scalars.endIndex
        if left {
            while lo < hi, try test(scalars[lo]) { lo = scalars.index(after: lo) }
        }
        if right {
            while lo < hi {
                let p = scalars.index(before: hi)
                guard try test(scalars[p]) else { break }
                hi = p
            }
        }
        if lo == scalars.startIndex && hi == scalars.endIndex { return s }
        return JString(String(s.string.unicodeScalars[lo..<hi]))
    }

    /// Pieces of `s` around the occurrences of `c` (non-empty), at most `limit` splits (-1: no
    /// limit), counted from the left or from the right.
    static func split(_ s: JString, _ c: JString, limit: Int, fromRight: Bool) -> ArrayValue {
        var pieces = ContiguousArray<Lazy>()
        StrUtil.withBytes(s) { text in
            StrUtil.withBytes(c) { p in
                let m = p.count
                if fromRight {
                    // Searching the reversed string for the reversed separator finds the same
                    // non-overlapping occurrences as repeated searches from the right.
                    var cuts: [Int] = []
                    if limit != 0 {
                        let rt = [UInt8](text.reversed()), rp = [UInt8](p.reversed())
                        rt.withUnsafeBufferPointer { rtb in
                            rp.withUnsafeBufferPointer { rpb in
                                ByteSearch.forEach(rtb, rpb, overlapping: false) { at in
                                    cuts.append(text.count - at - m)
                                    return limit < 0 || cuts.count < limit
                                }
                            }
                        }
                    }
                    var start = 0
                    for cut in cuts.reversed() {
                        pieces.append(.ready(.string(StrUtil.make(text, start, cut))))
                        start = cut + m
                    }
                    pieces.append(.ready(.string(StrUtil.make(text, start, text.count))))
                } else {
                    var start = 0, n = 0
                    if limit != 0 {
                        ByteSearch.forEach(text, p, overlapping: false) { at in
                            pieces.append(.ready(.string(StrUtil.make(text, start, at))))
                            start = at + m
                            n += 1
                            return limit < 0 || n < limit
                        }
                    }
                    pieces.append(.ready(.string(start == 0 ? s : StrUtil.make(text, start, text.count))))
                }
            }
        }
        return ArrayValue(pieces)
    }

    /// Go's `strings.TrimSpace`: strips `unicode.IsSpace` characters from both ends.
    private static func trimSpace(_ s: JString) -> JString {
        func isSpace(_ u: Unicode.Scalar) -> Bool {
            switch u.value {
            case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
                return true
            default:
                return false
            }
        }
        let scalars = s.string.unicodeScalars
        var lo = scalars.startIndex, hi = scalars.endIndex
        while lo < hi, isSpace(scalars[lo]) { lo = scalars.index(after: lo) }
        while lo < hi {
            let p = scalars.index(before: hi)
            guard isSpace(scalars[p]) else { break }
            hi = p
        }
        if lo == scalars.startIndex && hi == scalars.endIndex { return s }
        return JString(String(scalars[lo..<hi]))
    }

    /// `asciiUpper` / `asciiLower`. go: `std.join('', std.map(up_letter, std.stringChars(str)))`,
    /// so arrays of one-character strings work too, and other values fail in `std.length`,
    /// indexing or `std.codepoint`.
    private static func asciiCase(_ arg: Lazy, upper: Bool, _ vm: Evaluator, _ site: Node) throws(RuntimeError) -> Value {
        let t = upper ? StrStd.asciiUpper : StrStd.asciiLower
        let v = try vm.strForce(arg, site, t.force)
        let lo: UInt8 = upper ? 0x61 : 0x41
        if case .string(let s) = v {
            let changed: [UInt8]? = StrUtil.withBytes(s) { b in
                var i = 0
                while i < b.count && b[i] &- lo >= 26 { i += 1 }
                if i == b.count { return nil }
                var out = [UInt8](b)
                while i < out.count {
                    if out[i] &- lo < 26 { out[i] ^= 0x20 }
                    i += 1
                }
                return out
            }
            guard let c = changed else { return v }
            return .string(JString(String(decoding: c, as: UTF8.self)))
        }
        let n = try jsonnetLength(v, vm, site, t.length)
        var out: [UInt8] = []
        for i in 0..<n {
            let c: Value
            switch v {
            case .array(let arr): c = try vm.strForce(arr.elements[i], site, t.element)
            default:
                do {
                    c = try IndexNode.index(v, .number(Double(i)), vm, site: SiteNode.nowhere)
                } catch {
                    throw vm.strError(error.message, site, t.element)
                }
            }
            guard case .string(let ch) = c else {
                throw vm.strError("Unexpected type \(c.typeName), expected string", site, t.codepoint)
            }
            guard ch.scalarCount == 1 else {
                throw vm.strError("codepoint takes a string of length 1, got length \(ch.scalarCount)", site, t.codepoint)
            }
            let u = ch.scalar(at: 0)
            if u.value &- UInt32(lo) < 26 {
                out.append(UInt8(u.value) ^ 0x20)
            } else {
                out.append(contentsOf: ch.string.utf8)
            }
        }
        return .string(JString(String(decoding: out, as: UTF8.self)))
    }
}

/// Byte-level helpers for strings.
enum StrUtil {
    /// Runs `body` on the UTF-8 bytes of `s`.
    @inline(__always)
    static func withBytes<T>(_ s: JString, _ body: (UnsafeBufferPointer<UInt8>) -> T) -> T {
        var str = s.string
        return str.withUTF8 { body($0) }
    }

    /// The string of bytes `from..<to` (on character boundaries).
    @inline(__always)
    static func make(_ b: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int) -> JString {
        if from >= to { return JString.empty }
        return JString(String(decoding: UnsafeBufferPointer(rebasing: b[from..<to]), as: UTF8.self))
    }

    /// The one-character string of `u`.
    static func single(_ u: Unicode.Scalar) -> JString {
        var v = String.UnicodeScalarView()
        v.append(u)
        return JString(String(v))
    }

    /// Code points `from..<end` of `s` (0 ≤ from < end ≤ scalarCount).
    static func substring(_ s: JString, _ from: Int, _ end: Int) -> JString {
        if s.isASCII { return withBytes(s) { make($0, from, end) } }
        var v = String.UnicodeScalarView()
        v.append(contentsOf: s.scalars[from..<end])
        return JString(String(v))
    }

    /// The one-character strings of `s`.
    static func chars(_ s: JString) -> ArrayValue {
        var out = ContiguousArray<Lazy>()
        out.reserveCapacity(s.scalarCount)
        if s.isASCII {
            var cache = [JString?](repeating: nil, count: 128)
            withBytes(s) { b in
                for c in b {
                    if let j = cache[Int(c)] {
                        out.append(.ready(.string(j)))
                    } else {
                        let j = JString(String(UnicodeScalar(c)))
                        cache[Int(c)] = j
                        out.append(.ready(.string(j)))
                    }
                }
            }
        } else {
            for u in s.string.unicodeScalars { out.append(.ready(.string(single(u)))) }
        }
        return ArrayValue(out)
    }

    /// `s` with every non-overlapping occurrence of `from` (non-empty) replaced by `to`, left to
    /// right; nil when there is none.
    static func replace(_ s: JString, _ from: JString, _ to: JString) -> JString? {
        withBytes(s) { text -> JString? in
            withBytes(from) { p -> JString? in
                withBytes(to) { r -> JString? in
                    var out: [UInt8] = []
                    var start = 0
                    ByteSearch.forEach(text, p, overlapping: false) { at in
                        if out.isEmpty { out.reserveCapacity(text.count) }
                        out.append(contentsOf: UnsafeBufferPointer(rebasing: text[start..<at]))
                        out.append(contentsOf: r)
                        start = at + p.count
                        return true
                    }
                    if start == 0 { return nil }
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: text[start..<text.count]))
                    return JString(String(decoding: out, as: UTF8.self))
                }
            }
        }
    }
}

/// Substring search on bytes in linear time (Knuth–Morris–Pratt, with a fast skip to the next
/// occurrence of the first byte).
enum ByteSearch {
    /// Calls `found` with the start of each occurrence of `p` (non-empty) in `text`, left to
    /// right, until it returns false. Occurrences may overlap when `overlapping`.
    static func forEach(_ text: UnsafeBufferPointer<UInt8>, _ p: UnsafeBufferPointer<UInt8>, overlapping: Bool,
                        _ found: (Int) -> Bool) {
        let n = text.count, m = p.count
        if m == 0 || m > n { return }
        if m == 1 {
            let c = p[0]
            for i in 0..<n where text[i] == c {
                if !found(i) { return }
            }
            return
        }
        // fail[k]: length of the longest proper border of p[0..<k+1].
        var fail = [Int](repeating: 0, count: m)
        var k = 0
        for i in 1..<m {
            while k > 0 && p[i] != p[k] { k = fail[k - 1] }
            if p[i] == p[k] { k += 1 }
            fail[i] = k
        }
        let first = p[0]
        var q = 0, i = 0
        while i < n {
            if q == 0 {
                while i < n && text[i] != first { i += 1 }
                if i == n { return }
                q = 1
                i += 1
                continue
            }
            let c = text[i]
            while q > 0 && c != p[q] { q = fail[q - 1] }
            if c == p[q] { q += 1 }
            i += 1
            if q == m {
                if !found(i - m) { return }
                q = overlapping ? fail[m - 1] : 0
            }
        }
    }
}

/// Go's `strings.EqualFold`: code points equal under Unicode simple case folding. The classes
/// (go-jsonnet 0.22's Unicode tables) map every member to its smallest member.
enum CaseFold {
    static func equal(_ x: JString, _ y: JString) -> Bool {
        if x.isASCII && y.isASCII {
            if x.utf8Count != y.utf8Count { return false }
            return StrUtil.withBytes(x) { a in
                StrUtil.withBytes(y) { b in
                    for i in 0..<a.count where a[i] != b[i] {
                        let l = a[i] | 0x20
                        if l != b[i] | 0x20 || l &- 0x61 >= 26 { return false }
                    }
                    return true
                }
            }
        }
        var i = x.string.unicodeScalars.makeIterator(), j = y.string.unicodeScalars.makeIterator()
        while true {
            switch (i.next(), j.next()) {
            case (nil, nil): return true
            case (let a?, let b?):
                if a != b && fold(a.value) != fold(b.value) { return false }
            default: return false
            }
        }
    }

    /// The smallest code point equivalent to `c`.
    static func fold(_ c: UInt32) -> UInt32 {
        // Binary search for the last run starting at or before c.
        var lo = 0, hi = runs.count / 4
        while lo < hi {
            let mid = (lo + hi) / 2
            if runs[mid * 4] <= c { lo = mid + 1 } else { hi = mid }
        }
        if lo == 0 { return c }
        let r = (lo - 1) * 4
        let start = runs[r], count = runs[r + 1], step = runs[r + 2], delta = runs[r + 3]
        let off = c - start
        if off % step != 0 || off / step >= count { return c }
        return c - delta
    }

    /// Runs of (first code point, count, step, distance to the class's smallest member).
    nonisolated(unsafe) static let runs: [UInt32] = [
        97, 26, 1, 32, 0xE0, 23, 1, 32, 0xF8, 7, 1, 32, 0x101, 24, 2, 1,
        0x133, 3, 2, 1, 0x13A, 8, 2, 1, 0x14B, 23, 2, 1, 0x178, 1, 1, 0x79,
        0x17A, 3, 2, 1, 0x17F, 1, 1, 0x12C, 0x183, 2, 2, 1, 0x188, 2, 4, 1,
        0x192, 2, 7, 1, 0x1A1, 3, 2, 1, 0x1A8, 2, 5, 1, 0x1B0, 2, 4, 1,
        0x1B6, 2, 3, 1, 0x1BD, 2, 8, 1, 0x1C6, 1, 1, 2, 0x1C8, 1, 1, 1,
        0x1C9, 1, 1, 2, 0x1CB, 1, 1, 1, 0x1CC, 1, 1, 2, 0x1CE, 8, 2, 1,
        0x1DD, 1, 1, 79, 0x1DF, 9, 2, 1, 0x1F2, 1, 1, 1, 0x1F3, 1, 1, 2,
        0x1F5, 1, 1, 1, 0x1F6, 1, 1, 97, 0x1F7, 1, 1, 56, 0x1F9, 20, 2, 1,
        0x220, 1, 1, 0x82, 0x223, 9, 2, 1, 0x23C, 1, 1, 1, 0x23D, 1, 1, 0xA3,
        0x242, 1, 1, 1, 0x243, 1, 1, 0xC3, 0x247, 5, 2, 1, 0x253, 1, 1, 0xD2,
        0x254, 1, 1, 0xCE, 0x256, 2, 1, 0xCD, 0x259, 1, 1, 0xCA, 0x25B, 1, 1, 0xCB,
        0x260, 1, 1, 0xCD, 0x263, 1, 1, 0xCF, 0x268, 1, 1, 0xD1, 0x269, 2, 6, 0xD3,
        0x272, 1, 1, 0xD5, 0x275, 1, 1, 0xD6, 0x280, 2, 3, 0xDA, 0x288, 1, 1, 0xDA,
        0x289, 1, 1, 69, 0x28A, 2, 1, 0xD9, 0x28C, 1, 1, 71, 0x292, 1, 1, 0xDB,
        0x371, 2, 2, 1, 0x377, 1, 1, 1, 0x399, 1, 1, 84, 0x39C, 1, 1, 0x2E7,
        0x3AC, 1, 1, 38, 0x3AD, 3, 1, 37, 0x3B1, 8, 1, 32, 0x3B9, 1, 1, 0x74,
        0x3BA, 2, 1, 32, 0x3BC, 1, 1, 0x307, 0x3BD, 5, 1, 32, 0x3C2, 1, 1, 31,
        0x3C3, 9, 1, 32, 0x3CC, 1, 1, 64, 0x3CD, 2, 1, 63, 0x3D0, 1, 1, 62,
        0x3D1, 1, 1, 57, 0x3D5, 1, 1, 47, 0x3D6, 1, 1, 54, 0x3D7, 1, 1, 8,
        0x3D9, 12, 2, 1, 0x3F0, 1, 1, 86, 0x3F1, 1, 1, 80, 0x3F3, 1, 1, 0x74,
        0x3F4, 1, 1, 92, 0x3F5, 1, 1, 96, 0x3F8, 1, 1, 1, 0x3F9, 1, 1, 7,
        0x3FB, 1, 1, 1, 0x3FD, 3, 1, 0x82, 0x430, 32, 1, 32, 0x450, 16, 1, 80,
        0x461, 17, 2, 1, 0x48B, 27, 2, 1, 0x4C2, 7, 2, 1, 0x4CF, 1, 1, 15,
        0x4D1, 48, 2, 1, 0x561, 38, 1, 48, 0x13F8, 6, 1, 8, 0x1C80, 1, 1, 0x186E,
        0x1C81, 1, 1, 0x186D, 0x1C82, 1, 1, 0x1864, 0x1C83, 2, 1, 0x1862, 0x1C85, 1, 1, 0x1863,
        0x1C86, 1, 1, 0x185C, 0x1C87, 1, 1, 0x1825, 0x1C90, 43, 1, 0xBC0, 0x1CBD, 3, 1, 0xBC0,
        0x1E01, 75, 2, 1, 0x1E9B, 1, 1, 59, 0x1E9E, 1, 1, 0x1DBF, 0x1EA1, 48, 2, 1,
        0x1F08, 8, 1, 8, 0x1F18, 6, 1, 8, 0x1F28, 8, 1, 8, 0x1F38, 8, 1, 8,
        0x1F48, 6, 1, 8, 0x1F59, 4, 2, 8, 0x1F68, 8, 1, 8, 0x1F88, 8, 1, 8,
        0x1F98, 8, 1, 8, 0x1FA8, 8, 1, 8, 0x1FB8, 2, 1, 8, 0x1FBA, 2, 1, 74,
        0x1FBC, 1, 1, 9, 0x1FBE, 1, 1, 0x1C79, 0x1FC8, 4, 1, 86, 0x1FCC, 1, 1, 9,
        0x1FD8, 2, 1, 8, 0x1FDA, 2, 1, 0x64, 0x1FE8, 2, 1, 8, 0x1FEA, 2, 1, 0x70,
        0x1FEC, 1, 1, 7, 0x1FF8, 2, 1, 0x80, 0x1FFA, 2, 1, 0x7E, 0x1FFC, 1, 1, 9,
        0x2126, 1, 1, 0x1D7D, 0x212A, 1, 1, 0x20DF, 0x212B, 1, 1, 0x2066, 0x214E, 1, 1, 28,
        0x2170, 16, 1, 16, 0x2184, 1, 1, 1, 0x24D0, 26, 1, 26, 0x2C30, 48, 1, 48,
        0x2C61, 1, 1, 1, 0x2C62, 1, 1, 0x29F7, 0x2C63, 1, 1, 0xEE6, 0x2C64, 1, 1, 0x29E7,
        0x2C65, 1, 1, 0x2A2B, 0x2C66, 1, 1, 0x2A28, 0x2C68, 3, 2, 1, 0x2C6D, 1, 1, 0x2A1C,
        0x2C6E, 1, 1, 0x29FD, 0x2C6F, 1, 1, 0x2A1F, 0x2C70, 1, 1, 0x2A1E, 0x2C73, 2, 3, 1,
        0x2C7E, 2, 1, 0x2A3F, 0x2C81, 50, 2, 1, 0x2CEC, 2, 2, 1, 0x2CF3, 1, 1, 1,
        0x2D00, 38, 1, 0x1C60, 0x2D27, 2, 6, 0x1C60, 0xA641, 5, 2, 1, 0xA64A, 1, 1, 0x89C2,
        0xA64B, 1, 1, 0x89C3, 0xA64D, 17, 2, 1, 0xA681, 14, 2, 1, 0xA723, 7, 2, 1,
        0xA733, 31, 2, 1, 0xA77A, 2, 2, 1, 0xA77D, 1, 1, 0x8A04, 0xA77F, 5, 2, 1,
        0xA78C, 1, 1, 1, 0xA78D, 1, 1, 0xA528, 0xA791, 2, 2, 1, 0xA797, 10, 2, 1,
        0xA7AA, 1, 1, 0xA544, 0xA7AB, 1, 1, 0xA54F, 0xA7AC, 1, 1, 0xA54B, 0xA7AD, 1, 1, 0xA541,
        0xA7AE, 1, 1, 0xA544, 0xA7B0, 1, 1, 0xA512, 0xA7B1, 1, 1, 0xA52A, 0xA7B2, 1, 1, 0xA515,
        0xA7B5, 8, 2, 1, 0xA7C4, 1, 1, 48, 0xA7C5, 1, 1, 0xA543, 0xA7C6, 1, 1, 0x8A38,
        0xA7C8, 2, 2, 1, 0xA7D1, 2, 6, 1, 0xA7D9, 2, 29, 1, 0xAB53, 1, 1, 0x3A0,
        0xAB70, 80, 1, 0x97D0, 0xFF41, 26, 1, 32, 0x10428, 40, 1, 40, 0x104D8, 36, 1, 40,
        0x10597, 11, 1, 39, 0x105A3, 15, 1, 39, 0x105B3, 7, 1, 39, 0x105BB, 2, 1, 39,
        0x10CC0, 51, 1, 64, 0x118C0, 32, 1, 32, 0x16E60, 32, 1, 32, 0x1E922, 34, 1, 34,
    ]
}

/// Locations in go-jsonnet's std library (written in Jsonnet) that traces of the string
/// functions it implements there show. A chain lists a trace's `<std>` lines innermost first,
/// as go prints them; for an argument, the first is where the std code reads it.
enum StrStd {
    private static let fn = TraceName("function <anonymous>")
    private static let th1 = TraceName("thunk from <function <anonymous>>")
    private static let th2 = TraceName("thunk from <thunk from <function <anonymous>>>")
    private static let th3 = TraceName("thunk from <thunk from <thunk from <function <anonymous>>>>")
    private static let strLocal = TraceName("thunk <str> from <function <anonymous>>")
    private static let strLocalThunk = TraceName("thunk from <thunk <str> from <function <anonymous>>>")

    static func params(_ names: String...) -> [Builtin.Param] {
        names.map { Builtin.Param(name: $0, defaultValue: nil) }
    }

    private static func f(_ loc: String, _ ctx: TraceName?) -> SiteNode {
        SiteNode(fixedLocation: "<std>:" + loc, context: ctx)
    }

    /// `std.isString(x)` at `call`, reading `x` at `arg`.
    private static func isString(_ call: String, _ arg: String) -> [SiteNode] {
        [f(arg, th1), f("30:26-27", th1), f("30:17-28", fn), f(call, fn)]
    }

    nonisolated(unsafe) static let findSubstrPat = isString("1654:9-26", "1654:22-25")
    nonisolated(unsafe) static let findSubstrPatError = [f("1655:7-82", fn)]
    nonisolated(unsafe) static let findSubstrStr = isString("1656:14-31", "1656:27-30")
    nonisolated(unsafe) static let findSubstrStrError = [f("1657:7-83", fn)]

    nonisolated(unsafe) static let splitStr = isString("116:12-29", "116:25-28")
    nonisolated(unsafe) static let splitStrError = [f("(116:5)-(119:31)", nil)]
    nonisolated(unsafe) static let splitC = isString("117:12-27", "117:25-26")
    nonisolated(unsafe) static let splitCError = [f("(117:5)-(119:31)", nil)]
    nonisolated(unsafe) static let splitLengthError = [f("(118:5)-(119:31)", nil)]

    struct PrefixTrace {
        let forceA, lengthA, forceB, lengthB, substr: [SiteNode]
        init(line: Int, substr: String) {
            forceA = [f("\(line):19-20", th1), f("\(line):8-21", fn)]
            lengthA = [f("\(line):8-21", fn)]
            forceB = [f("\(line):35-36", th1), f("\(line):24-37", fn)]
            lengthB = [f("\(line):24-37", fn)]
            self.substr = [f(substr, fn)]
        }
    }
    nonisolated(unsafe) static let startsWith = PrefixTrace(line: 49, substr: "52:7-38")
    nonisolated(unsafe) static let endsWith = PrefixTrace(line: 55, substr: "58:7-66")

    /// `std.stringChars(str)`: `std.makeArray(std.length(str), function(i) str[i])`.
    nonisolated(unsafe) static let stringChars = [f("77:30-33", th2), f("77:19-34", th1), f("77:5-55", fn)]
    nonisolated(unsafe) static let stringCharsLength = [f("77:19-34", th1), f("77:5-55", fn)]
    nonisolated(unsafe) static let stringCharsIndex = f("77:48-54", fn)
    /// `str[i]` for the lazy elements of `stringChars` of an object or function.
    nonisolated(unsafe) static let indexBuiltin = Builtin("stringChars element", ["str", "i"]) { a, vm, site throws(RuntimeError) in
        try IndexNode.index(a[0], a[1], vm, site: site)
    }

    struct CaseTrace {
        let force, length, element, codepoint: [SiteNode]
        init(join: String, map: String, chars: String, arg: String, letter: String, cp: String, cpArg: String) {
            let letterFn = TraceName("function <\(letter)>"), letterThunk = TraceName("thunk from <function <\(letter)>>")
            let mapChain = [f(chars, th2), f("277:26-29", th1), f("34:25-26", th1), f("34:16-27", fn),
                            f("277:14-30", fn), f(map, th1), f(join, fn)]
            force = [f(arg, th3)] + stringChars + mapChain
            length = stringCharsLength + mapChain
            codepoint = [f(cp, letterFn), f("280:50-62", fn), SiteNode.nowhere, f(join, fn)]
            element = [stringCharsIndex, SiteNode.nowhere, f("280:55-61", th1), f(cpArg, letterThunk)] + codepoint
        }
    }
    nonisolated(unsafe) static let asciiUpper = CaseTrace(join: "186:5-59", map: "186:18-58", chars: "186:37-57",
                                                          arg: "186:53-56", letter: "up_letter", cp: "182:29-34", cpArg: "182:32-33")
    nonisolated(unsafe) static let asciiLower = CaseTrace(join: "194:5-61", map: "194:18-60", chars: "194:39-59",
                                                          arg: "194:55-58", letter: "down_letter", cp: "190:31-36", cpArg: "190:34-35")

    // Escaping (EscapeFunctions): `local str = std.toString(str_); …`.
    nonisolated(unsafe) static let escapePython = [f("1037:26-29", th1), f("1037:5-30", fn)]
    nonisolated(unsafe) static let escapeBash = [f("1040:30-34", strLocalThunk), f("1040:17-35", strLocal),
                                                 f("1041:29-32", th1), f("1041:14-49", fn), f("261:21-22", th1),
                                                 f("819:20-24", th1), f("34:25-26", th1), f("34:16-27", fn),
                                                 f("819:8-25", fn), f("261:7-23", fn), f("1041:5-49", nil)]
    nonisolated(unsafe) static let escapeDollars = [f("1044:30-34", strLocalThunk), f("1044:17-35", strLocal),
                                                    f("1045:20-23", th1), f("1045:5-35", fn)]
    nonisolated(unsafe) static let escapeXML = [f("1056:30-34", strLocalThunk), f("1056:17-35", strLocal),
                                                f("1057:74-77", th2)] + stringChars
        + [f("1057:58-78", th1), f("1057:18-79", nil), f("1057:5-80", fn)]

    // Parsing (StringParseFunctions): `parse_nat(str, base)` folds `addDigit` over the characters.
    struct ParseTrace {
        let force, typeError, emptyError, digitError, overflow: [SiteNode]
        init(line: Int, end: Int) {
            let call = f("\(line + 2):5-\(end)", fn)
            force = isString("\(line):12-29", "\(line):25-28")
            typeError = [f("(\(line):5)-(\(line + 2):\(end))", nil)]
            emptyError = [f("(\(line + 1):5)-(\(line + 2):\(end))", nil)]
            digitError = [f("(93:7)-(94:31)", nil), f("95:5-49", fn), call]
            overflow = [f("94:7-23", TraceName("function <addDigit>")), f("95:5-49", fn), call]
        }
    }
    nonisolated(unsafe) static let parseOctal = ParseTrace(line: 106, end: 22)
    nonisolated(unsafe) static let parseHex = ParseTrace(line: 111, end: 23)
}

extension Evaluator {
    /// Forces an argument of a std function go implements in Jsonnet, with that code's frames
    /// (`chain`, innermost first, the first being where it reads the argument) above `site`.
    @inline(__always)
    func strForce(_ arg: Lazy, _ site: Node, _ chain: [SiteNode]) throws(RuntimeError) -> Value {
        switch arg {
        case .ready(let v): return v
        case .pending(let t):
            if let v = t.value { return v }
            return try inStdFrames(site, chain.dropFirst()) { () throws(RuntimeError) -> Value in
                try t.force(self, site: chain[0])
            }
        }
    }

    /// Runs `body` with `site` and the std frames `chain` (innermost first) on the stack.
    func inStdFrames<T>(_ site: Node, _ chain: ArraySlice<SiteNode>, _ body: () throws(RuntimeError) -> T) throws(RuntimeError) -> T {
        try push(site: site)
        var pushed = 1
        defer { for _ in 0..<pushed { pop() } }
        for s in chain.reversed() {
            try push(site: s)
            pushed += 1
        }
        return try body()
    }

    /// An error raised in go's std code: its frames (`chain`, innermost first), then `site`.
    func strError(_ message: String, _ site: Node, _ chain: [SiteNode]) -> RuntimeError {
        var lines = chain.map { $0.traceLine }
        lines.append(site.traceLine)
        lines.append(contentsOf: traceLines(errorSite: nil))
        return RuntimeError(message: message, trace: lines)
    }
}
