/// std functions about types and equality: `type`, `length`, `isString` …, `equals`.
enum TypeFunctions {
    static func register(_ std: StdLibrary) {
        std.add(Builtin("type", ["x"]) { a, _, _ in .string(JString(a[0].typeName)) })
        std.add(Builtin("length", ["x"]) { a, vm, site throws(RuntimeError) in
            switch a[0] {
            case .string(let s): return .number(Double(s.scalarCount))
            case .array(let arr): return .number(Double(arr.count))
            case .object(let o): return .number(Double(o.visibleFields(vm).count))
            case .function(let f): return .number(Double(f.requiredParameterCount))
            default: throw vm.error("Unexpected type \(a[0].typeName)", at: site)
            }
        })
        let checks: [(String, (Value) -> Bool)] = [
            ("isString", { if case .string = $0 { return true }; return false }),
            ("isNumber", { if case .number = $0 { return true }; return false }),
            ("isBoolean", { if case .bool = $0 { return true }; return false }),
            ("isObject", { if case .object = $0 { return true }; return false }),
            ("isArray", { if case .array = $0 { return true }; return false }),
            ("isFunction", { if case .function = $0 { return true }; return false }),
        ]
        for (name, check) in checks {
            std.add(Builtin(name, ["v"]) { a, _, _ in .bool(check(a[0])) })
        }
        std.add(Builtin("isNull", ["v"]) { a, _, _ in if case .null = a[0] { return .true }; return .false })
        std.add(Builtin("equals", ["a", "b"]) { a, vm, site throws(RuntimeError) in
            .bool(try Operators.equals(a[0], a[1], vm, site: site))
        })
        std.add(Builtin("primitiveEquals", ["x", "y"]) { a, vm, site throws(RuntimeError) in
            switch (a[0], a[1]) {
            case (.null, .null): return .true
            case (.bool(let x), .bool(let y)): return .bool(x == y)
            case (.number(let x), .number(let y)): return .bool(x == y)
            case (.string(let x), .string(let y)): return .bool(JString.equal(x, y))
            case (.function, _), (_, .function):
                throw vm.error("Cannot test equality of functions", at: site)
            default:
                if a[0].typeName != a[1].typeName { return .false }
                throw vm.error("primitiveEquals operates on primitive types, got \(a[0].typeName)", at: site)
            }
        })
    }
}
