import Foundation

/// std math functions: `abs`, `floor`, `pow`, `sqrt`, `min`, `max`, `modulo` …
enum MathFunctions {
    static func register(_ std: StdLibrary) {
        func unary(_ name: String, _ f: @escaping (Double) -> Double) {
            std.add(Builtin(name, ["x"]) { a, vm, site throws(RuntimeError) in
                try Operators.checked(f(try vm.number(a[0], site)), vm, site)
            })
        }
        unary("abs") { $0 > 0 ? $0 : -$0 }  // go-jsonnet: abs(0) is -0
        unary("floor") { Foundation.floor($0) }
        unary("ceil") { Foundation.ceil($0) }
        unary("sqrt") { Foundation.sqrt($0) }
        unary("sin") { Foundation.sin($0) }
        unary("cos") { Foundation.cos($0) }
        unary("tan") { Foundation.tan($0) }
        unary("asin") { Foundation.asin($0) }
        unary("acos") { Foundation.acos($0) }
        unary("atan") { Foundation.atan($0) }
        unary("exp") { Foundation.exp($0) }
        unary("log") { Foundation.log($0) }
        unary("round") { Foundation.round($0) }
        std.add(Builtin("pow", ["x", "n"]) { a, vm, site throws(RuntimeError) in
            try Operators.checked(Foundation.pow(try vm.number(a[0], site), try vm.number(a[1], site)), vm, site)
        })
        std.add(Builtin("modulo", ["x", "y"]) { a, vm, site throws(RuntimeError) in
            try Operators.modulo(try vm.number(a[0], site), try vm.number(a[1], site), vm, site)
        })
        std.add(Builtin("mod", ["a", "b"]) { a, vm, site throws(RuntimeError) in
            switch (a[0], a[1]) {
            case (.number(let x), .number(let y)):
                if y == 0 { throw vm.stdError("Division by zero.", in: .modDivision, calledFrom: site) }
                return try Operators.checked(x.truncatingRemainder(dividingBy: y), vm, site)
            case (.string(let f), _):
                return .string(JString(try Format.format(f.string, a[1], vm, site: site)))
            default:
                throw vm.stdError("Operator % cannot be used on types \(a[0].typeName) and \(a[1].typeName).", in: .modTypes, calledFrom: site)
            }
        })
        std.add(Builtin("max", ["a", "b"]) { a, vm, site throws(RuntimeError) in
            let x = try vm.number(a[0], site), y = try vm.number(a[1], site)
            return .number(Swift.max(x, y))
        })
        std.add(Builtin("min", ["a", "b"]) { a, vm, site throws(RuntimeError) in
            let x = try vm.number(a[0], site), y = try vm.number(a[1], site)
            return .number(Swift.min(x, y))
        })
        std.add(Builtin("sign", ["n"]) { a, vm, site throws(RuntimeError) in
            let x = try vm.number(a[0], site)
            return .number(x > 0 ? 1 : (x < 0 ? -1 : 0))
        })
    }
}
