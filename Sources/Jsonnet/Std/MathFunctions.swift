/// std math functions, with go-jsonnet 0.22's results and errors.
///
/// go-jsonnet computes the native ones with Go's math package; `GoMath` reproduces those
/// results bit for bit (libm's differ in the last place for many inputs). The functions go-jsonnet
/// writes in Jsonnet (`abs`, `sign`, `max`, `min`, `clamp`, `deg2rad`, `rad2deg`, `log2`, `log10`,
/// `mod`) take their arguments lazily and report errors with go's `<std>` trace lines.
enum MathFunctions {
    static func register(_ std: StdLibrary) {
        std.addConstant("pi", .number(Double.pi))
        // MARK: native in go-jsonnet: errors at the call site

        func unary(_ name: String, _ f: @escaping (Double) -> Double) {
            std.add(Builtin(name, ["x"]) { a, vm, site throws(RuntimeError) in
                try Operators.checked(f(try vm.number(a[0], site)), vm, site)
            })
        }
        unary("floor") { $0.rounded(.down) }
        unary("ceil") { $0.rounded(.up) }
        unary("sqrt") { $0.squareRoot() }
        unary("sin") { GoMath.sin($0) }
        unary("cos") { GoMath.cos($0) }
        unary("tan") { GoMath.tan($0) }
        unary("asin") { GoMath.asin($0) }
        unary("acos") { GoMath.acos($0) }
        unary("atan") { GoMath.atan($0) }
        unary("exp") { GoMath.exp($0) }
        unary("log") { GoMath.log($0) }
        // Go's math.Round: halves away from zero, the sign kept (round(-0.4) is -0).
        unary("round") { $0.rounded(.toNearestOrAwayFromZero) }
        unary("mantissa") { GoMath.frexp($0).0 }
        unary("exponent") { Double(GoMath.frexp($0).1) }

        func binary(_ name: String, _ p: [String], _ f: @escaping (Double, Double) -> Double) {
            std.add(Builtin(name, p) { a, vm, site throws(RuntimeError) in
                let x = try vm.number(a[0], site), y = try vm.number(a[1], site)
                return try Operators.checked(f(x, y), vm, site)
            })
        }
        binary("pow", ["x", "n"]) { GoMath.pow($0, $1) }
        binary("atan2", ["y", "x"]) { GoMath.atan2($0, $1) }
        binary("hypot", ["x", "y"]) { GoMath.hypot($0, $1) }
        std.add(Builtin("modulo", ["x", "y"]) { a, vm, site throws(RuntimeError) in
            try Operators.modulo(try vm.number(a[0], site), try vm.number(a[1], site), vm, site)
        })

        func predicate(_ name: String, _ f: @escaping (Double) -> Bool) {
            std.add(Builtin(name, ["x"]) { a, vm, site throws(RuntimeError) in
                .bool(f(try vm.number(a[0], site)))
            })
        }
        predicate("isInteger") { $0.rounded(.towardZero) == $0 }
        predicate("isDecimal") { $0.rounded(.towardZero) != $0 }
        // The integer part as Go's int64(…) converts it (out of range: the minimum, even).
        predicate("isEven") { Operators.goInt64($0.rounded(.towardZero)) & 1 == 0 }
        predicate("isOdd") { Operators.goInt64($0.rounded(.towardZero)) & 1 != 0 }

        // MARK: written in Jsonnet in go-jsonnet

        std.add(Builtin("abs", [p("n")], lazy: { a, vm, site throws(RuntimeError) in
            let n = try MathTrace.isNumber(a[0], vm, site, MathTrace.abs)
            // `if n > 0 then n else -n`: abs(0) is -0.
            return .number(n > 0 ? n : -n)
        }))
        std.add(Builtin("sign", [p("n")], lazy: { a, vm, site throws(RuntimeError) in
            let n = try MathTrace.isNumber(a[0], vm, site, MathTrace.sign)
            return .number(n > 0 ? 1 : (n < 0 ? -1 : 0))
        }))
        std.add(Builtin("max", [p("a"), p("b")], lazy: { a, vm, site throws(RuntimeError) in
            let x = try MathTrace.isNumber(a[0], vm, site, MathTrace.maxA)
            let y = try MathTrace.isNumber(a[1], vm, site, MathTrace.maxB)
            return .number(x > y ? x : y)
        }))
        std.add(Builtin("min", [p("a"), p("b")], lazy: { a, vm, site throws(RuntimeError) in
            let x = try MathTrace.isNumber(a[0], vm, site, MathTrace.minA)
            let y = try MathTrace.isNumber(a[1], vm, site, MathTrace.minB)
            return .number(x < y ? x : y)
        }))
        std.add(Builtin("clamp", [p("x"), p("minVal"), p("maxVal")], lazy: { a, vm, site throws(RuntimeError) in
            // if x < minVal then minVal else if x > maxVal then maxVal else x
            let x = try MathTrace.force(a[0], vm, [site], MathTrace.clampX)
            let lo = try MathTrace.force(a[1], vm, [site], MathTrace.clampMin)
            if try MathTrace.compare(x, lo, vm, site, MathTrace.clampLess) < 0 { return lo }
            let hi = try MathTrace.force(a[2], vm, [site], MathTrace.clampMax)
            if try MathTrace.compare(x, hi, vm, site, MathTrace.clampGreater) > 0 { return hi }
            return x
        }))
        std.add(Builtin("deg2rad", [p("x")], lazy: { a, vm, site throws(RuntimeError) in
            // x * std.pi / 180
            let v = try MathTrace.force(a[0], vm, [site], MathTrace.deg2radX)
            let p = try MathTrace.arithmetic(v, Double.pi, vm, site, "268:16-26")
            return .number(p / 180)
        }))
        std.add(Builtin("rad2deg", [p("x")], lazy: { a, vm, site throws(RuntimeError) in
            // x * 180 / std.pi
            let v = try MathTrace.force(a[0], vm, [site], MathTrace.rad2degX)
            let p = try MathTrace.arithmetic(v, 180, vm, site, "269:16-23")
            return .number(p / Double.pi)
        }))
        std.add(Builtin("log2", [p("x")], lazy: { a, vm, site throws(RuntimeError) in
            .number(try MathTrace.log(a[0], vm, site, MathTrace.log2) / GoMath.log(2))
        }))
        std.add(Builtin("log10", [p("x")], lazy: { a, vm, site throws(RuntimeError) in
            .number(try MathTrace.log(a[0], vm, site, MathTrace.log10) / GoMath.log(10))
        }))
        std.add(Builtin("mod", [p("a"), p("b")], lazy: { a, vm, site throws(RuntimeError) in
            // if std.isNumber(a) && std.isNumber(b) then std.modulo(a, b)
            // else if std.isString(a) then std.format(a, b)
            // else error 'Operator % cannot be used on types ' + std.type(a) + ' and ' + std.type(b) + '.'
            let x = try MathTrace.force(a[0], vm, MathTrace.isNumberFrames(site, MathTrace.modA), MathTrace.modA.argSite)
            var y: Value? = nil
            if case .number(let dx) = x {
                let v = try MathTrace.force(a[1], vm, MathTrace.isNumberFrames(site, MathTrace.modB), MathTrace.modB.argSite)
                if case .number(let dy) = v {
                    if dy == 0 { throw vm.stdError("Division by zero.", in: .modDivision, calledFrom: site) }
                    return .number(dx.truncatingRemainder(dividingBy: dy))
                }
                y = v
            }
            if case .string(let f) = x {
                // std.format(a, b) forces b in `std.isArray(vals)`.
                let v = try MathTrace.force(a[1], vm, [site, MathTrace.modFormat] + MathTrace.formatIsArray, MathTrace.modFormatArg)
                return .string(JString(try Format.format(f.string, v, vm, site: site)))
            }
            let b: Value
            if let y = y { b = y } else { b = try MathTrace.force(a[1], vm, [site, MathTrace.modTypeB], MathTrace.modTypeBArg) }
            throw vm.stdError("Operator % cannot be used on types \(x.typeName) and \(b.typeName).", in: .modTypes, calledFrom: site)
        }))
    }

    private static func p(_ name: String) -> Builtin.Param { Builtin.Param(name: name, defaultValue: nil) }
}

/// The places in go-jsonnet's std.jsonnet that its traces show for the math functions it
/// writes in Jsonnet, and the evaluation steps that reach them.
private enum MathTrace {
    nonisolated(unsafe) static let fn = TraceName("function <anonymous>")
    nonisolated(unsafe) static let thunk = TraceName("thunk from <function <anonymous>>")

    static func at(_ loc: String, _ ctx: TraceName) -> SiteNode {
        SiteNode(fixedLocation: "<std>:" + loc, context: ctx)
    }

    /// `if !std.isNumber(v) then error 'message ' + std.type(v)`: where the check is, where the
    /// argument sits in it, and the location of the error.
    struct NumberCheck {
        let call: SiteNode
        let argSite: SiteNode
        let error: String
        let message: String

        init(call: String, arg: String, error: String, message: String) {
            self.call = at(call, fn)
            self.argSite = at(arg, thunk)
            self.error = "<std>:" + error
            self.message = message
        }
    }

    nonisolated(unsafe) static let abs = NumberCheck(call: "864:9-24", arg: "864:22-23", error: "865:7-58", message: "std.abs expected number, got ")
    nonisolated(unsafe) static let sign = NumberCheck(call: "870:9-24", arg: "870:22-23", error: "871:7-59", message: "std.sign expected number, got ")
    nonisolated(unsafe) static let maxA = NumberCheck(call: "880:9-24", arg: "880:22-23", error: "881:7-70", message: "std.max first param expected number, got ")
    nonisolated(unsafe) static let maxB = NumberCheck(call: "882:14-29", arg: "882:27-28", error: "883:7-71", message: "std.max second param expected number, got ")
    nonisolated(unsafe) static let minA = NumberCheck(call: "888:9-24", arg: "888:22-23", error: "889:7-70", message: "std.min first param expected number, got ")
    nonisolated(unsafe) static let minB = NumberCheck(call: "890:14-29", arg: "890:27-28", error: "891:7-71", message: "std.min second param expected number, got ")
    nonisolated(unsafe) static let modA = NumberCheck(call: "258:8-23", arg: "258:21-22", error: "", message: "")
    nonisolated(unsafe) static let modB = NumberCheck(call: "258:27-42", arg: "258:40-41", error: "", message: "")
    // std.isNumber(v) is `std.type(v) == 'number'`, at line 31.
    nonisolated(unsafe) static let typeCall = at("31:17-28", fn)
    nonisolated(unsafe) static let typeArg = at("31:26-27", thunk)

    nonisolated(unsafe) static let clampX = at("896:8-9", fn)
    nonisolated(unsafe) static let clampMin = at("896:12-18", fn)
    nonisolated(unsafe) static let clampLess = at("896:8-18", fn)
    nonisolated(unsafe) static let clampMax = at("897:17-23", fn)
    nonisolated(unsafe) static let clampGreater = at("897:13-23", fn)
    nonisolated(unsafe) static let deg2radX = at("268:16-17", fn)
    nonisolated(unsafe) static let rad2degX = at("269:16-17", fn)
    nonisolated(unsafe) static let log2 = (call: at("271:13-23", fn), arg: at("271:21-22", thunk))
    nonisolated(unsafe) static let log10 = (call: at("272:14-24", fn), arg: at("272:22-23", thunk))
    nonisolated(unsafe) static let modFormat = at("261:7-23", fn)
    nonisolated(unsafe) static let modFormatArg = at("261:21-22", thunk)
    nonisolated(unsafe) static let formatIsArray: [Node] = [at("819:8-25", fn), at("34:16-27", fn), at("34:25-26", thunk), at("819:20-24", thunk)]
    nonisolated(unsafe) static let modTypeB = at("263:77-88", fn)
    nonisolated(unsafe) static let modTypeBArg = at("263:86-87", thunk)

    static func isNumberFrames(_ site: Node, _ c: NumberCheck) -> [Node] {
        [site, c.call, typeCall, typeArg]
    }

    /// The value of `l` if it is already known.
    @inline(__always)
    static func known(_ l: Lazy) -> Value? {
        switch l {
        case .ready(let v): return v
        case .pending(let t): return t.value
        }
    }

    /// Forces `l` with `frames` on the stack (outermost first), from the expression `at`.
    @inline(__always)
    static func force(_ l: Lazy, _ vm: Evaluator, _ frames: @autoclosure () -> [Node], _ at: Node) throws(RuntimeError) -> Value {
        if let v = known(l) { return v }
        return try forceSlow(l, vm, frames(), at)
    }

    private static func forceSlow(_ l: Lazy, _ vm: Evaluator, _ frames: [Node], _ at: Node) throws(RuntimeError) -> Value {
        guard case .pending(let t) = l else { return known(l)! }
        var pushed = 0
        defer { for _ in 0..<pushed { vm.pop() } }
        for f in frames {
            try vm.push(site: f)
            pushed += 1
        }
        return try t.force(vm, site: at)
    }

    /// The argument, which must be a number (go's message otherwise).
    static func isNumber(_ l: Lazy, _ vm: Evaluator, _ site: Node, _ c: NumberCheck) throws(RuntimeError) -> Double {
        let v = try force(l, vm, isNumberFrames(site, c), c.argSite)
        guard case .number(let d) = v else {
            throw vm.stdError(c.message + v.typeName, frames: [(c.error, fn.text)], calledFrom: site)
        }
        return d
    }

    /// A comparison in std.jsonnet code at `at`.
    static func compare(_ a: Value, _ b: Value, _ vm: Evaluator, _ site: Node, _ at: SiteNode) throws(RuntimeError) -> Int {
        if case .number(let x) = a, case .number(let y) = b { return x < y ? -1 : (x > y ? 1 : 0) }
        try vm.push(site: site)
        defer { vm.pop() }
        return try Operators.compare(a, b, vm, site: at)
    }

    /// `v * k` in std.jsonnet code at `loc`.
    static func arithmetic(_ v: Value, _ k: Double, _ vm: Evaluator, _ site: Node, _ loc: String) throws(RuntimeError) -> Double {
        guard case .number(let x) = v else {
            throw vm.stdError("Unexpected type \(v.typeName), expected number", frames: [("<std>:" + loc, fn.text)], calledFrom: site)
        }
        let p = x * k
        if !p.isFinite {
            throw vm.stdError(p.isNaN ? "Not a number" : "Overflow", frames: [("<std>:" + loc, fn.text)], calledFrom: site)
        }
        return p
    }

    /// `std.log(x)` in std.jsonnet code.
    static func log(_ l: Lazy, _ vm: Evaluator, _ site: Node, _ c: (call: SiteNode, arg: SiteNode)) throws(RuntimeError) -> Double {
        let v = try force(l, vm, [site, c.call], c.arg)
        let loc = c.call.fixedLocation ?? ""
        guard case .number(let x) = v else {
            throw vm.stdError("Unexpected type \(v.typeName), expected number", frames: [(loc, fn.text)], calledFrom: site)
        }
        let r = GoMath.log(x)
        if !r.isFinite {
            throw vm.stdError(r.isNaN ? "Not a number" : "Overflow", frames: [(loc, fn.text)], calledFrom: site)
        }
        return r
    }
}
