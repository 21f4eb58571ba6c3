/// std functions that read numbers from strings: `parseInt`, `parseOctal`, `parseHex`.
enum StringParseFunctions {
    static func register(_ std: StdLibrary) {
        std.add(Builtin("parseInt", ["str"]) { a, vm, site throws(RuntimeError) in
            let s = try vm.string(a[0], site)
            guard let n = parseDecimal(s) else { throw vm.error("\(s.string) is not a base 10 integer", at: site) }
            return .number(Double(n))
        })
        std.add(Builtin("parseOctal", StrStd.params("str"), lazy: { a, vm, site throws(RuntimeError) in
            try parseNatural(a[0], base: 8, vm, site, StrStd.parseOctal, empty: "Not an octal number: \"\"")
        }))
        std.add(Builtin("parseHex", StrStd.params("str"), lazy: { a, vm, site throws(RuntimeError) in
            try parseNatural(a[0], base: 16, vm, site, StrStd.parseHex, empty: "Not hexadecimal: \"\"")
        }))
    }

    /// Go's `strconv.ParseInt(s, 10, 64)`: an optional sign and decimal digits, in int64 range.
    private static func parseDecimal(_ s: JString) -> Int64? {
        StrUtil.withBytes(s) { b -> Int64? in
            var i = 0
            var negative = false
            if i < b.count && (b[i] == 0x2B || b[i] == 0x2D) {
                negative = b[i] == 0x2D
                i += 1
            }
            if i == b.count { return nil }
            // Accumulate as a negative number so that -2^63 fits.
            var n: Int64 = 0
            while i < b.count {
                let d = b[i] &- 0x30
                if d > 9 { return nil }
                let (m, o1) = n.multipliedReportingOverflow(by: 10)
                let (r, o2) = m.subtractingReportingOverflow(Int64(d))
                if o1 || o2 { return nil }
                n = r
                i += 1
            }
            if negative { return n }
            return n == Int64.min ? nil : -n
        }
    }

    /// go's `parse_nat`: folds `base * aggregate + digit` over the characters, where a digit is
    /// `c - 'a' + 10` from `a`, `c - 'A' + 10` from `A`, else `c - '0'` (so `:`…`?` are hex
    /// digits 10…15), and must lie in `0..<base`.
    private static func parseNatural(_ arg: Lazy, base: Double, _ vm: Evaluator, _ site: Node, _ t: StrStd.ParseTrace,
                                     empty: String) throws(RuntimeError) -> Value {
        let v = try vm.strForce(arg, site, t.force)
        guard case .string(let s) = v else {
            throw vm.strError("Expected string, got \(v.typeName)", site, t.typeError)
        }
        if s.utf8Count == 0 { throw vm.strError(empty, site, t.emptyError) }
        var acc = 0.0
        for u in s.string.unicodeScalars {
            let c = Int(u.value)
            let digit = c >= 97 ? c - 87 : (c >= 65 ? c - 55 : c - 48)
            if digit < 0 || Double(digit) >= base {
                throw vm.strError("\(s.string) is not a base \(Int(base)) integer", site, t.digitError)
            }
            let m = base * acc
            if m.isInfinite { throw vm.strError("Overflow", site, t.overflow) }
            acc = m + Double(digit)
        }
        return .number(acc)
    }
}
