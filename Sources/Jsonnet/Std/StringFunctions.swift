/// std string functions: `toString`, `codepoint`, `char`, `substr`, `startsWith` …
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
            return .string(JString(String(Character(u))))
        })
        std.add(Builtin("substr", ["str", "from", "len"]) { a, vm, site throws(RuntimeError) in
            guard case .string(let s) = a[0] else {
                throw vm.error("substr first parameter should be a string, got \(a[0].typeName)", at: site)
            }
            guard case .number(let fromD) = a[1] else {
                throw vm.error("substr second parameter should be a number, got \(a[1].typeName)", at: site)
            }
            guard case .number(let lenD) = a[2] else {
                throw vm.error("substr third parameter should be a number, got \(a[2].typeName)", at: site)
            }
            // "Integer" is go's `float64(int64(x)) == x`.
            if Double(Operators.goInt64(fromD)) != fromD {
                throw vm.error("substr second parameter should be an integer, got \(NumberFormat.cFormat("%f", fromD))", at: site)
            }
            if Double(Operators.goInt64(lenD)) != lenD {
                throw vm.error("substr third parameter should be an integer, got \(NumberFormat.cFormat("%f", lenD))", at: site)
            }
            if lenD < 0 {
                throw vm.error("substr third parameter should be greater than zero, got \(NumberFormat.goShortest(lenD))", at: site)
            }
            if fromD < 0 {
                throw vm.error("substr second parameter should be greater than zero, got \(NumberFormat.cFormat("%f", fromD))", at: site)
            }
            let n = s.scalarCount
            let from = Int(min(fromD, Double(n)))
            let end = Int(min(Double(from) + lenD, Double(n)))
            if from >= end { return .string(JString.empty) }
            if s.isASCII {
                let u = Array(s.string.utf8)[from..<end]
                return .string(JString(String(decoding: u, as: UTF8.self)))
            }
            var v = String.UnicodeScalarView()
            v.append(contentsOf: s.scalars[from..<end])
            return .string(JString(String(v)))
        })
        std.add(Builtin("startsWith", ["a", "b"]) { a, vm, site throws(RuntimeError) in
            let x = try vm.string(a[0], site), y = try vm.string(a[1], site)
            return .bool(x.string.utf8.starts(with: y.string.utf8))
        })
        std.add(Builtin("endsWith", ["a", "b"]) { a, vm, site throws(RuntimeError) in
            let x = try vm.string(a[0], site), y = try vm.string(a[1], site)
            return .bool(x.string.utf8.reversed().starts(with: y.string.utf8.reversed()))
        })
    }
}
