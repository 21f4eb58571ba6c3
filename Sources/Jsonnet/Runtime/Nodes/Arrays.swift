/// An array literal; elements stay lazy.
final class ArrayNode: Node {
    let elements: [Node]
    /// Set when every element is a literal: the array is built once.
    private let constant: ArrayValue?

    init(_ elements: [Node], _ range: SourceRange) {
        self.elements = elements
        var allConst = true
        var values: [Value] = []
        for e in elements {
            if let c = e as? ConstNode { values.append(c.value) } else { allConst = false; break }
        }
        constant = allConst ? ArrayValue(values: values) : nil
        super.init(range)
    }

    override func eval(_ f: Frame, _ vm: Evaluator) throws(RuntimeError) -> Value {
        if let c = constant { return .array(c) }
        var out = ContiguousArray<Lazy>()
        out.reserveCapacity(elements.count)
        for e in elements { out.append(lazyArgument(e, in: f)) }
        return .array(ArrayValue(out))
    }
}

/// One clause of a comprehension after analysis: `for` binds slot 0 of a new frame of
/// `frameSize` slots; `if` filters in the current frame.
enum CompClause {
    case forIn(source: Node, frameSize: Int)
    case ifCond(Node)
}

/// Runs the `for`/`if` clauses of a comprehension, calling `body` with the innermost frame for
/// each combination that passes. go-jsonnet desugars comprehensions into calls of a std
/// function per `for`; the stack entries pushed here reproduce the traces that gives.
struct Comprehension {
    let clauses: [CompClause]
    /// Where errors of the clauses are reported (desugared code: no context).
    let site: Node
    /// Object comprehensions show one more frame for a bad first `for` source.
    let isObject: Bool

    func run(_ f: Frame, _ vm: Evaluator, _ body: (Frame) throws(RuntimeError) -> Void) throws(RuntimeError) {
        // An object comprehension's clauses run one call deeper.
        if isObject { try vm.push(site: site) }
        try run(0, f, vm, body)
        if isObject { vm.pop() }
    }

    private func run(_ k: Int, _ f: Frame, _ vm: Evaluator, _ body: (Frame) throws(RuntimeError) -> Void) throws(RuntimeError) {
        if k == clauses.count {
            try body(f)
            return
        }
        switch clauses[k] {
        case .forIn(let source, let size):
            try vm.push(site: site)
            let s = try source.eval(f, vm)
            vm.pop()
            guard case .array(let a) = s else { throw vm.typeError(s, expected: "array", at: site) }
            let elements = a.elements
            for e in elements {
                let inner = Frame.make(child: f, size: size)
                inner.slots[0] = e
                try vm.push(site: site)
                try run(k + 1, inner, vm, body)
                vm.pop()
            }
        case .ifCond(let cond):
            let c = try cond.eval(f, vm)
            guard case .bool(let b) = c else { throw vm.typeError(c, expected: "boolean", at: SiteNode.nowhere) }
            if b { try run(k + 1, f, vm, body) }
        }
    }
}

/// `[body for x in e if c …]`.
final class ArrayCompNode: Node {
    let body: Node
    let comprehension: Comprehension

    init(body: Node, clauses: [CompClause], _ range: SourceRange) {
        self.body = body
        self.comprehension = Comprehension(clauses: clauses, site: SiteNode(range), isObject: false)
        super.init(range)
    }

    override func eval(_ f: Frame, _ vm: Evaluator) throws(RuntimeError) -> Value {
        var out = ContiguousArray<Lazy>()
        let body = self.body
        try comprehension.run(f, vm) { (inner: Frame) throws(RuntimeError) in
            out.append(lazyArgument(body, in: inner))
        }
        return .array(ArrayValue(out))
    }
}
