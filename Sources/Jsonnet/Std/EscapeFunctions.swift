/// std string escaping: `escapeStringJson`, `escapeStringBash`, `escapeStringDollars`, `escapeStringPython`, `escapeStringXML`.
///
/// All take any value and escape its `std.toString` form. go-jsonnet implements all but
/// `escapeStringJson` in Jsonnet (`local str = std.toString(str_); …`), so those take their
/// argument lazily and their errors carry that code's `<std>` frames (`StrStd`).
enum EscapeFunctions {
    static func register(_ std: StdLibrary) {
        std.add(Builtin("escapeStringJson", ["str_"]) { a, vm, site throws(RuntimeError) in
            let s = try text(a[0], vm, site, [])
            return .string(quoted(s))
        })
        std.add(Builtin("escapeStringPython", StrStd.params("str"), lazy: { a, vm, site throws(RuntimeError) in
            let v = try vm.strForce(a[0], site, StrStd.escapePython)
            return .string(quoted(try text(v, vm, site, StrStd.escapePython.dropFirst())))
        }))
        std.add(Builtin("escapeStringBash", StrStd.params("str_"), lazy: { a, vm, site throws(RuntimeError) in
            let v = try vm.strForce(a[0], site, StrStd.escapeBash)
            let s = try text(v, vm, site, StrStd.escapeBash.dropFirst())
            let body = StrUtil.replace(s, JString("'"), JString("'\"'\"'")) ?? s
            return .string(JString("'" + body.string + "'"))
        }))
        std.add(Builtin("escapeStringDollars", StrStd.params("str_"), lazy: { a, vm, site throws(RuntimeError) in
            let v = try vm.strForce(a[0], site, StrStd.escapeDollars)
            let s = try text(v, vm, site, StrStd.escapeDollars.dropFirst())
            return .string(StrUtil.replace(s, JString("$"), JString("$$")) ?? s)
        }))
        std.add(Builtin("escapeStringXML", StrStd.params("str_"), lazy: { a, vm, site throws(RuntimeError) in
            let v = try vm.strForce(a[0], site, StrStd.escapeXML)
            let s = try text(v, vm, site, StrStd.escapeXML.dropFirst())
            return .string(xml(s))
        }))
    }

    /// `std.toString(v)`, manifesting with `site` and the std frames `chain` (innermost first)
    /// on the stack.
    private static func text(_ v: Value, _ vm: Evaluator, _ site: Node, _ chain: ArraySlice<SiteNode>) throws(RuntimeError) -> JString {
        if case .string(let s) = v { return s }
        return try vm.inStdFrames(site, chain) { () throws(RuntimeError) -> JString in
            JString(try JSONWriter.toString(v, vm))
        }
    }

    /// A JSON string literal with go-jsonnet's escaping.
    private static func quoted(_ s: JString) -> JString {
        var out: [UInt8] = []
        out.reserveCapacity(s.utf8Count + 2)
        StrUtil.withBytes(s) { JSONWriter.appendQuoted(bytes: $0, to: &out) }
        return JString(String(decoding: out, as: UTF8.self))
    }

    private static func xml(_ s: JString) -> JString {
        StrUtil.withBytes(s) { b -> JString in
            var i = 0
            while i < b.count {
                switch b[i] {
                case 0x3C, 0x3E, 0x26, 0x22, 0x27: break
                default: i += 1; continue
                }
                break
            }
            if i == b.count { return s }
            var out: [UInt8] = Array(UnsafeBufferPointer(rebasing: b[0..<i]))
            out.reserveCapacity(b.count + 16)
            while i < b.count {
                switch b[i] {
                case 0x3C: out.append(contentsOf: "&lt;".utf8)
                case 0x3E: out.append(contentsOf: "&gt;".utf8)
                case 0x26: out.append(contentsOf: "&amp;".utf8)
                case 0x22: out.append(contentsOf: "&quot;".utf8)
                case 0x27: out.append(contentsOf: "&apos;".utf8)
                default: out.append(b[i])
                }
                i += 1
            }
            return JString(String(decoding: out, as: UTF8.self))
        }
    }
}
