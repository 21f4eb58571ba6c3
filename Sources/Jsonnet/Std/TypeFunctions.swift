/// std functions about types and equality: `type`, `length`, `isString` …, `isNull`, `equals`,
/// `primitiveEquals`, `xor`, `xnor`, `id`.
enum TypeFunctions {
    static func register(_ std: StdLibrary) {
        std.add(Builtin("type", ["x"]) { a, _, _ in .string(JString(a[0].typeName)) })
        std.add(Builtin("length", ["x"]) { a, vm, site throws(RuntimeError) in
            switch a[0] {
            case .string(let s): return .number(Double(s.scalarCount))
            case .array(let arr): return .number(Double(arr.count))
            case .object(let o): return .number(Double(o.visibleFields(vm).count))
            case .function(let f):
                // Parameters with a default (or optional without one) do not count.
                if let b = f.builtin { return .number(Double(b.params.reduce(0) { $0 + ($1.optional ? 0 : 1) })) }
                return .number(Double(f.requiredParameterCount))
            default: throw vm.error("Unexpected type \(a[0].typeName)", at: GoStd.caller(site))
            }
        })
        // go-jsonnet defines these in Jsonnet as `std.type(v) == '…'` (line, std.type call and
        // argument columns), so an argument's error shows those frames.
        let checks: [(String, String, String, (Value) -> Bool)] = [
            ("isString", "30:17-28", "30:26-27", { if case .string = $0 { return true }; return false }),
            ("isNumber", "31:17-28", "31:26-27", { if case .number = $0 { return true }; return false }),
            ("isBoolean", "32:18-29", "32:27-28", { if case .bool = $0 { return true }; return false }),
            ("isObject", "33:17-28", "33:26-27", { if case .object = $0 { return true }; return false }),
            ("isArray", "34:16-27", "34:25-26", { if case .array = $0 { return true }; return false }),
            ("isFunction", "35:19-30", "35:28-29", { if case .function = $0 { return true }; return false }),
        ]
        for (name, call, arg, check) in checks {
            let frames = [GoStd.fn(call)]
            let at = GoStd.thunkFn(arg)
            std.add(Builtin(name, [Builtin.Param(name: "v", defaultValue: nil)], lazy: { a, vm, site throws(RuntimeError) in
                .bool(check(try GoStd.force(a[0], vm, caller: site, frames: frames, at: at)))
            }))
        }
        std.add(Builtin("isNull", ["x"]) { a, _, _ in if case .null = a[0] { return .true }; return .false })
        std.add(Builtin("equals", ["x", "y"]) { a, vm, site throws(RuntimeError) in
            .bool(try Operators.equals(a[0], a[1], vm, site: GoStd.caller(site)))
        })
        std.add(Builtin("primitiveEquals", ["x", "y"]) { a, vm, site throws(RuntimeError) in
            switch (a[0], a[1]) {
            case (.null, .null): return .true
            case (.bool(let x), .bool(let y)): return .bool(x == y)
            case (.number(let x), .number(let y)): return .bool(x == y)
            case (.string(let x), .string(let y)): return .bool(JString.equal(x, y))
            case (.function, .function):
                throw vm.error("Cannot test equality of functions", at: GoStd.caller(site))
            case (.array, .array), (.object, .object):
                throw vm.error("primitiveEquals operates on primitive types, got \(a[0].typeName)", at: GoStd.caller(site))
            default:
                return .false
            }
        })
        std.add(Builtin("xor", ["x", "y"]) { a, vm, site throws(RuntimeError) in
            guard case .bool(let x) = a[0] else { throw vm.typeError(a[0], expected: "boolean", at: GoStd.caller(site)) }
            guard case .bool(let y) = a[1] else { throw vm.typeError(a[1], expected: "boolean", at: GoStd.caller(site)) }
            return .bool(x != y)
        })
        std.add(Builtin("xnor", ["x", "y"]) { a, vm, site throws(RuntimeError) in
            guard case .bool(let x) = a[0] else { throw vm.typeError(a[0], expected: "boolean", at: GoStd.caller(site)) }
            guard case .bool(let y) = a[1] else { throw vm.typeError(a[1], expected: "boolean", at: GoStd.caller(site)) }
            return .bool(x == y)
        })
        std.add(Builtin("id", ["x"]) { a, _, _ in a[0] })
    }
}
