/// A std library function implemented in Swift: its name, its parameters (with go-jsonnet's
/// names, so named arguments work) and its body. Most bodies take evaluated arguments; a
/// builtin that go-jsonnet implements in Jsonnet may need some arguments unevaluated (a
/// default that is only used sometimes), and takes `Lazy` arguments instead.
final class Builtin {
    struct Param {
        let name: String
        /// The value used when the argument is omitted; nil for a required parameter.
        let defaultValue: Value?
        /// An omitted optional parameter without a default value is left out of the
        /// arguments (only trailing parameters can be like this; the body checks the count).
        let optional: Bool

        init(name: String, defaultValue: Value?, optional: Bool = false) {
            self.name = name
            self.defaultValue = defaultValue
            self.optional = optional || defaultValue != nil
        }
    }

    typealias Body = (_ args: [Value], _ vm: Evaluator, _ site: Node) throws(RuntimeError) -> Value
    typealias LazyBody = (_ args: [Lazy], _ vm: Evaluator, _ site: Node) throws(RuntimeError) -> Value

    let name: String
    let params: [Param]
    let body: Body?
    let lazyBody: LazyBody?

    init(_ name: String, _ params: [Param], _ body: @escaping Body) {
        self.name = name
        self.params = params
        self.body = body
        self.lazyBody = nil
    }

    init(_ name: String, _ params: [Param], lazy: @escaping LazyBody) {
        self.name = name
        self.params = params
        self.body = nil
        self.lazyBody = lazy
    }

    /// A builtin whose parameters are all required.
    convenience init(_ name: String, _ params: [String], _ body: @escaping Body) {
        self.init(name, params.map { Param(name: $0, defaultValue: nil) }, body)
    }

    /// Matches positional and named arguments to parameters: for each parameter, the index of
    /// the argument given for it (positional ones first, then named in order), or nil.
    /// Raises go-jsonnet's errors for too many, unknown, repeated and missing arguments.
    func match(positional: Int, named: [String], _ vm: Evaluator, site: Node?) throws(RuntimeError) -> [Int?] {
        let np = params.count
        if positional > np {
            throw vm.error("function expected \(np) positional argument(s), but got \(positional)", at: site)
        }
        var sources = [Int?](repeating: nil, count: np)
        for i in 0..<positional { sources[i] = i }
        for (k, n) in named.enumerated() {
            guard let j = params.firstIndex(where: { $0.name == n }) else {
                throw vm.error("function has no parameter \(n)", at: site)
            }
            if sources[j] != nil { throw vm.error("Argument \(n) already provided", at: site) }
            sources[j] = positional + k
        }
        for j in 0..<np where sources[j] == nil && !params[j].optional {
            throw vm.error("Missing argument: \(params[j].name)", at: site)
        }
        return sources
    }

    /// Runs the body. `arg(i)` produces argument `i` (in `match`'s numbering), evaluated for a
    /// strict body — in parameter order, after all matching errors.
    @inline(__always)
    func invoke(_ sources: [Int?], _ vm: Evaluator, site: Node,
                _ arg: (Int) throws(RuntimeError) -> Lazy) throws(RuntimeError) -> Value {
        if let lazy = lazyBody {
            var args: [Lazy] = []
            args.reserveCapacity(params.count)
            for (j, s) in sources.enumerated() {
                if let s = s { args.append(try arg(s)) } else if let d = params[j].defaultValue { args.append(.ready(d)) } else { break }
            }
            return try lazy(args, vm, site)
        }
        var args: [Value] = []
        args.reserveCapacity(params.count)
        for (j, s) in sources.enumerated() {
            if let s = s {
                args.append(try arg(s).force(vm, site: site))
            } else if let d = params[j].defaultValue {
                args.append(d)
            } else {
                break
            }
        }
        return try body.unsafelyUnwrapped(args, vm, site)
    }

    /// Calls with evaluated positional arguments (all parameters given or defaulted).
    @inline(__always)
    func call(_ args: [Value], _ vm: Evaluator, site: Node) throws(RuntimeError) -> Value {
        if let b = body, args.count == params.count { return try b(args, vm, site) }
        let sources = try match(positional: args.count, named: [], vm, site: site)
        return try invoke(sources, vm, site: site) { (i) throws(RuntimeError) -> Lazy in .ready(args[i]) }
    }
}

/// Argument checks with go-jsonnet's messages, for builtin bodies.
extension Evaluator {
    func number(_ v: Value, _ site: Node) throws(RuntimeError) -> Double {
        guard case .number(let d) = v else { throw typeError(v, expected: "number", at: site) }
        return d
    }

    func string(_ v: Value, _ site: Node) throws(RuntimeError) -> JString {
        guard case .string(let s) = v else { throw typeError(v, expected: "string", at: site) }
        return s
    }

    func array(_ v: Value, _ site: Node) throws(RuntimeError) -> ArrayValue {
        guard case .array(let a) = v else { throw typeError(v, expected: "array", at: site) }
        return a
    }

    func object(_ v: Value, _ site: Node) throws(RuntimeError) -> ObjectValue {
        guard case .object(let o) = v else { throw typeError(v, expected: "object", at: site) }
        return o
    }

    func function(_ v: Value, _ site: Node) throws(RuntimeError) -> FunctionValue {
        guard case .function(let f) = v else { throw typeError(v, expected: "function", at: site) }
        return f
    }

    func bool(_ v: Value, _ site: Node) throws(RuntimeError) -> Bool {
        guard case .bool(let b) = v else { throw typeError(v, expected: "boolean", at: site) }
        return b
    }

    /// A whole number argument that fits in 32 bits, as go-jsonnet's builtins require
    /// ("Expected an integer, but got 2.5").
    func integer(_ v: Value, _ site: Node) throws(RuntimeError) -> Int {
        let d = try number(v, site)
        guard d == d.rounded(.towardZero), d >= -2147483648, d <= 2147483647 else {
            throw error("Expected an integer, but got \(NumberFormat.goShortest(d))", at: site)
        }
        return Int(d)
    }
}
