/// A node of the core tree the evaluator runs: the analyzer's output, with variables resolved
/// to frame slots and sugar removed. Each subclass evaluates itself.
class Node {
    let range: SourceRange
    /// The lexical context traces name this expression by (`function <f>`, `thunk from <$>`…);
    /// nil where go-jsonnet has none (inside the target of `e.field`, desugared code).
    var context: TraceName?

    init(_ range: SourceRange) {
        self.range = range
    }

    /// This expression as a line of a stack trace.
    var traceLine: TraceLine {
        TraceLine(location: range.end < 0 ? "" : range.description, name: context?.text ?? "")
    }

    func eval(_ f: Frame, _ vm: Evaluator) throws(RuntimeError) -> Value {
        fatalError("eval not implemented for \(type(of: self))")
    }

    /// Evaluation in tail position of a function body: a `tailstrict` call returns a
    /// `TailCall` instead of growing the stack. Everything else evaluates normally.
    func evalTail(_ f: Frame, _ vm: Evaluator) throws(RuntimeError) -> TailResult {
        .value(try eval(f, vm))
    }

    /// True for nodes whose evaluation cannot fail or loop and is cheap (literals, functions),
    /// so they need no thunk.
    var isTrivial: Bool { false }
}

/// A position that errors and stack entries can point at without being an expression of
/// their own (a desugared construct); `nowhere` prints as an empty trace line.
final class SiteNode: Node {
    nonisolated(unsafe) static let nowhere = SiteNode(SourceRange(file: SourceFile(path: "", bytes: []), start: -1, end: -1))
    /// A location outside any file (go-jsonnet's `<std>:…` positions).
    let fixedLocation: String?

    init(_ range: SourceRange, context: TraceName? = nil) {
        self.fixedLocation = nil
        super.init(range)
        self.context = context
    }

    init(fixedLocation: String, context: TraceName?) {
        self.fixedLocation = fixedLocation
        super.init(SiteNode.nowhere.range)
        self.context = context
    }

    override var traceLine: TraceLine {
        guard let l = fixedLocation else { return super.traceLine }
        return TraceLine(location: l, name: context?.text ?? "")
    }
}

/// The outcome of evaluating in tail position.
enum TailResult {
    case value(Value)
    case call(FunctionNode, Frame, site: Node)
}

/// A literal: `null`, `true`, a number or a string.
final class ConstNode: Node {
    let value: Value

    init(_ value: Value, _ range: SourceRange) {
        self.value = value
        super.init(range)
    }

    override func eval(_ f: Frame, _ vm: Evaluator) throws(RuntimeError) -> Value { value }
    override var isTrivial: Bool { true }
}

/// A number literal too large for a double: go-jsonnet reports `overflow` when it is evaluated.
final class OverflowLiteralNode: Node {
    override func eval(_ f: Frame, _ vm: Evaluator) throws(RuntimeError) -> Value {
        throw vm.error("overflow", at: self)
    }
}

/// A variable: a slot in the frame `depth` levels up.
final class VarNode: Node {
    let depth: Int
    let slot: Int
    let name: String

    init(depth: Int, slot: Int, name: String, _ range: SourceRange) {
        self.depth = depth
        self.slot = slot
        self.name = name
        super.init(range)
    }

    override func eval(_ f: Frame, _ vm: Evaluator) throws(RuntimeError) -> Value {
        let frame = depth == 0 ? f : f.ancestor(depth)
        return try frame.slots[slot].force(vm, site: self)
    }

    /// The variable's lazy value, without forcing it (to pass it on as an argument).
    @inline(__always)
    func lazy(_ f: Frame) -> Lazy {
        (depth == 0 ? f : f.ancestor(depth)).slots[slot]
    }
}

/// `self`.
final class SelfNode: Node {
    override func eval(_ f: Frame, _ vm: Evaluator) throws(RuntimeError) -> Value {
        .object(f.selfObject.unsafelyUnwrapped)
    }
}

/// `$`: the `self` of the outermost object, found `depth` frames up.
final class DollarNode: Node {
    let depth: Int

    init(depth: Int, _ range: SourceRange) {
        self.depth = depth
        super.init(range)
    }

    override func eval(_ f: Frame, _ vm: Evaluator) throws(RuntimeError) -> Value {
        .object(f.ancestor(depth).selfObject.unsafelyUnwrapped)
    }
}

/// `local a = …, b = …; body`: binds slots of the current frame, then evaluates the body.
final class LocalNode: Node {
    let binds: [LocalBinding]
    let body: Node

    init(binds: [LocalBinding], body: Node, _ range: SourceRange) {
        self.binds = binds
        self.body = body
        super.init(range)
    }

    override func eval(_ f: Frame, _ vm: Evaluator) throws(RuntimeError) -> Value {
        for b in binds { f.slots[b.slot] = b.bind(in: f) }
        return try body.eval(f, vm)
    }

    override func evalTail(_ f: Frame, _ vm: Evaluator) throws(RuntimeError) -> TailResult {
        for b in binds { f.slots[b.slot] = b.bind(in: f) }
        return try body.evalTail(f, vm)
    }
}

/// One `name = value` binding of a `local` or an object local, resolved to a slot.
struct LocalBinding {
    let slot: Int
    let value: Node

    /// The lazy value for the slot: functions and literals directly, anything else as a thunk.
    @inline(__always)
    func bind(in f: Frame) -> Lazy {
        if let fn = value as? FunctionNode { return .ready(.function(FunctionValue(node: fn, frame: f))) }
        if let c = value as? ConstNode { return .ready(c.value) }
        return .pending(Thunk(node: value, frame: f))
    }
}

/// `if c then a else b` (a missing `else` gives null).
final class IfNode: Node {
    let cond: Node
    let then: Node
    let otherwise: Node?

    init(cond: Node, then: Node, otherwise: Node?, _ range: SourceRange) {
        self.cond = cond
        self.then = then
        self.otherwise = otherwise
        super.init(range)
    }

    @inline(__always)
    private func branch(_ f: Frame, _ vm: Evaluator) throws(RuntimeError) -> Node? {
        let c = try cond.eval(f, vm)
        guard case .bool(let b) = c else { throw vm.typeError(c, expected: "boolean", at: self) }
        return b ? then : otherwise
    }

    override func eval(_ f: Frame, _ vm: Evaluator) throws(RuntimeError) -> Value {
        guard let n = try branch(f, vm) else { return .null }
        return try n.eval(f, vm)
    }

    override func evalTail(_ f: Frame, _ vm: Evaluator) throws(RuntimeError) -> TailResult {
        guard let n = try branch(f, vm) else { return .value(.null) }
        return try n.evalTail(f, vm)
    }
}

/// `error e`.
final class ErrorNode: Node {
    let expr: Node

    init(_ expr: Node, _ range: SourceRange) {
        self.expr = expr
        super.init(range)
    }

    override func eval(_ f: Frame, _ vm: Evaluator) throws(RuntimeError) -> Value {
        let v = try expr.eval(f, vm)
        if case .string(let s) = v { throw vm.error(s.string, at: self) }
        try vm.push(site: self)
        let message = try errorMessage(v, vm)
        vm.pop()
        throw vm.error(message, at: self)
    }
}

/// A failed assertion's message: a string as is, anything else manifested as JSON inside a
/// frame at the assertion (go-jsonnet evaluates it as the desugared `error`'s operand).
func assertMessage(_ v: Value, site: Node, _ vm: Evaluator) throws(RuntimeError) -> String {
    if case .string(let s) = v { return s.string }
    try vm.push(site: site)
    defer { vm.pop() }
    return try errorMessage(v, vm)
}

/// `assert c : msg; rest`.
final class AssertNode: Node {
    let cond: Node
    let message: Node?
    let rest: Node
    /// Where a failure is reported: the whole assert, without a context (go-jsonnet desugars
    /// it into an `if` whose `error` has none).
    let failSite: Node

    init(cond: Node, message: Node?, rest: Node, _ range: SourceRange) {
        self.cond = cond
        self.message = message
        self.rest = rest
        self.failSite = SiteNode(range)
        super.init(range)
    }

    private func check(_ f: Frame, _ vm: Evaluator) throws(RuntimeError) {
        let c = try cond.eval(f, vm)
        guard case .bool(let ok) = c else { throw vm.typeError(c, expected: "boolean", at: SiteNode.nowhere) }
        if ok { return }
        guard let m = message else { throw vm.error("Assertion failed", at: failSite) }
        let mv = try m.eval(f, vm)
        throw vm.error(try assertMessage(mv, site: failSite, vm), at: failSite)
    }

    override func eval(_ f: Frame, _ vm: Evaluator) throws(RuntimeError) -> Value {
        try check(f, vm)
        return try rest.eval(f, vm)
    }

    override func evalTail(_ f: Frame, _ vm: Evaluator) throws(RuntimeError) -> TailResult {
        try check(f, vm)
        return try rest.evalTail(f, vm)
    }
}
