/// A std library function implemented in Swift: its name, its parameters (with go-jsonnet's
/// names, so named arguments work) and its body, which receives evaluated arguments.
final class Builtin {
    struct Param {
        let name: String
        /// The value used when the argument is omitted; nil for a required parameter.
        let defaultValue: Value?
    }

    typealias Body = (_ args: [Value], _ vm: Evaluator, _ site: Node) throws(RuntimeError) -> Value

    let name: String
    let params: [Param]
    let body: Body

    init(_ name: String, _ params: [Param], _ body: @escaping Body) {
        self.name = name
        self.params = params
        self.body = body
    }

    /// A builtin whose parameters are all required.
    convenience init(_ name: String, _ params: [String], _ body: @escaping Body) {
        self.init(name, params.map { Param(name: $0, defaultValue: nil) }, body)
    }

    @inline(__always)
    func call(_ args: [Value], _ vm: Evaluator, site: Node) throws(RuntimeError) -> Value {
        try body(args, vm, site)
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
