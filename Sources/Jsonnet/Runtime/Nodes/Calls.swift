/// A function literal. Parameter `i` lives in slot `i` of the call frame; the body's locals
/// follow.
final class FunctionNode: Node {
    struct Param {
        let name: String
        let id: Int32
        let defaultValue: Node?
    }

    let params: [Param]
    let body: Node
    let frameSize: Int

    init(params: [Param], body: Node, frameSize: Int, _ range: SourceRange) {
        self.params = params
        self.body = body
        self.frameSize = frameSize
        super.init(range)
    }

    override func eval(_ f: Frame, _ vm: Evaluator) throws(RuntimeError) -> Value {
        .function(FunctionValue(node: self, frame: f))
    }

    override var isTrivial: Bool { true }

    /// Tail calls one `invoke` makes before it reports `max stack frames exceeded`.
    static let maxTailCalls = 10_000_000

    /// Runs the body in a prepared call frame; `tailstrict` calls in tail position loop here
    /// instead of nesting.
    @inline(__always)
    func invoke(_ frame: Frame, _ vm: Evaluator) throws(RuntimeError) -> Value {
        var node = self
        var frame = frame
        // The first tail call gets a stack entry; later ones replace it (as go-jsonnet shows).
        var tailEntry = false
        var tailCalls = 0
        defer { if tailEntry { vm.pop() } }
        while true {
            switch try node.body.evalTail(frame, vm) {
            case .value(let v):
                return v
            case .call(let next, let nextFrame, let site):
                // go-jsonnet's tail calls still use native stack and overflow long before this;
                // an endless tailstrict loop ends as deep recursion does, not in a hang.
                tailCalls += 1
                if tailCalls > FunctionNode.maxTailCalls { throw vm.maxStackError(site: site) }
                if tailEntry {
                    // Trimming the previous tail call's frame and entering the next in one step.
                    vm.stack[vm.stack.count - 1] = StackEntry(site: site, trimmable: true)
                } else {
                    try vm.pushCall(site: site, tailStrict: true)
                    tailEntry = true
                }
                node = next
                frame = nextFrame
            }
        }
    }

    /// A call frame with the given arguments bound, defaults filled in, and errors for
    /// missing, unknown or repeated arguments raised at `site`.
    func bind(captured: Frame, positional: [Lazy], named: [(id: Int32, name: String, value: Lazy)],
              _ vm: Evaluator, site: Node?) throws(RuntimeError) -> Frame {
        let frame = Frame.make(parent: captured, selfObject: captured.selfObject, layer: captured.layer, size: frameSize)
        let np = params.count
        if positional.count > np {
            throw vm.error("function expected \(np) positional argument(s), but got \(positional.count)", at: site)
        }
        for i in 0..<positional.count { frame.slots[i] = positional[i] }
        if positional.count == np && named.isEmpty { return frame }
        var bound = [Bool](repeating: false, count: np)
        for i in 0..<positional.count { bound[i] = true }
        for a in named {
            guard let j = params.firstIndex(where: { $0.id == a.id }) else {
                throw vm.error("function has no parameter \(a.name)", at: site)
            }
            if bound[j] { throw vm.error("Argument \(a.name) already provided", at: site) }
            bound[j] = true
            frame.slots[j] = a.value
        }
        for j in 0..<np where !bound[j] {
            // go-jsonnet binds arguments by name: a repeated parameter name given by any
            // argument satisfies every parameter of that name.
            if let k = (0..<np).first(where: { bound[$0] && params[$0].id == params[j].id }) {
                frame.slots[j] = frame.slots[k]
                continue
            }
            guard let d = params[j].defaultValue else {
                throw vm.error("Missing argument: \(params[j].name)", at: site)
            }
            // Not `lazyArgument`: a default may name a parameter bound after it.
            if let c = d as? ConstNode {
                frame.slots[j] = .ready(c.value)
            } else {
                frame.slots[j] = .pending(Thunk(node: d, frame: frame))
            }
        }
        return frame
    }
}

/// The lazy value of an argument expression: literals and functions directly, an evaluated
/// variable's value, otherwise a thunk (so traces show the argument as go-jsonnet does).
@inline(__always)
func lazyArgument(_ node: Node, in f: Frame) -> Lazy {
    if node.isTrivial {
        if let c = node as? ConstNode { return .ready(c.value) }
        if let fn = node as? FunctionNode { return .ready(.function(FunctionValue(node: fn, frame: f))) }
    }
    if let v = node as? VarNode {
        let l = v.lazy(f)
        switch l {
        case .ready: return l
        case .pending(let t): if let value = t.value { return .ready(value) }
        }
    }
    return .pending(Thunk(node: node, frame: f))
}

/// A call `target(args)`, possibly `tailstrict`.
final class ApplyNode: Node {
    let target: Node
    let positional: [Node]
    let named: [(id: Int32, name: String, value: Node)]
    let tailStrict: Bool

    init(target: Node, positional: [Node], named: [(id: Int32, name: String, value: Node)], tailStrict: Bool, _ range: SourceRange) {
        self.target = target
        self.positional = positional
        self.named = named
        self.tailStrict = tailStrict
        super.init(range)
    }

    @inline(__always)
    private func function(_ f: Frame, _ vm: Evaluator) throws(RuntimeError) -> FunctionValue {
        let t = try target.eval(f, vm)
        guard case .function(let fn) = t else { throw vm.typeError(t, expected: "function", at: self) }
        return fn
    }

    private func callFrame(_ node: FunctionNode, _ fn: FunctionValue, _ f: Frame, _ vm: Evaluator) throws(RuntimeError) -> Frame {
        var pos: [Lazy] = []
        pos.reserveCapacity(positional.count)
        for a in positional { pos.append(lazyArgument(a, in: f)) }
        var nam: [(id: Int32, name: String, value: Lazy)] = []
        for a in named { nam.append((a.id, a.name, lazyArgument(a.value, in: f))) }
        return try node.bind(captured: fn.frame.unsafelyUnwrapped, positional: pos, named: nam, vm, site: self)
    }

    override func eval(_ f: Frame, _ vm: Evaluator) throws(RuntimeError) -> Value {
        let fn = try function(f, vm)
        if let node = fn.node {
            let frame: Frame
            if tailStrict && named.isEmpty && positional.count == node.params.count {
                frame = try strictFrame(node, fn, f, vm)
            } else {
                frame = try callFrame(node, fn, f, vm)
                if tailStrict { try forceArguments(frame, node, vm) }
            }
            try vm.pushCall(site: self, tailStrict: tailStrict)
            defer { vm.pop() }
            return try node.invoke(frame, vm)
        }
        return try callBuiltin(fn.builtin.unsafelyUnwrapped, f, vm)
    }

    override func evalTail(_ f: Frame, _ vm: Evaluator) throws(RuntimeError) -> TailResult {
        guard tailStrict else { return .value(try eval(f, vm)) }
        let fn = try function(f, vm)
        guard let node = fn.node else { return .value(try callBuiltin(fn.builtin.unsafelyUnwrapped, f, vm)) }
        if named.isEmpty && positional.count == node.params.count {
            return .call(node, try strictFrame(node, fn, f, vm), site: self)
        }
        let frame = try callFrame(node, fn, f, vm)
        try forceArguments(frame, node, vm)
        return .call(node, frame, site: self)
    }

    /// The frame of a `tailstrict` call whose positional arguments match the parameters
    /// exactly: each argument is evaluated straight into its slot (no thunk), inside the frame
    /// forcing it would have entered.
    private func strictFrame(_ node: FunctionNode, _ fn: FunctionValue, _ f: Frame, _ vm: Evaluator) throws(RuntimeError) -> Frame {
        let captured = fn.frame.unsafelyUnwrapped
        let frame = Frame.make(parent: captured, selfObject: captured.selfObject, layer: captured.layer, size: node.frameSize)
        for i in 0..<positional.count {
            let a = positional[i]
            if let c = a as? ConstNode {
                frame.slots[i] = .ready(c.value)
                continue
            }
            try vm.push(site: self)
            defer { vm.pop() }
            frame.slots[i] = .ready(try a.eval(f, vm))
        }
        return frame
    }

    /// `tailstrict` evaluates the arguments before the call.
    private func forceArguments(_ frame: Frame, _ node: FunctionNode, _ vm: Evaluator) throws(RuntimeError) {
        for i in 0..<node.params.count { _ = try frame.slots[i].force(vm, site: self) }
    }

    /// Builtins: arguments are matched to parameters (and errors raised) before any is
    /// evaluated; each is then evaluated as if forced from the call site (or, for a lazy
    /// builtin, passed as a thunk).
    private func callBuiltin(_ b: Builtin, _ f: Frame, _ vm: Evaluator) throws(RuntimeError) -> Value {
        vm.trimForCall()
        if named.isEmpty && positional.count == b.params.count, let body = b.body {
            var args = [Value]()
            args.reserveCapacity(positional.count)
            for a in positional { args.append(try evalArgument(a, f, vm)) }
            return try body(args, vm, self)
        }
        let sources = try b.match(positional: positional.count, named: named.map { $0.name }, vm, site: self)
        let lazy = b.lazyBody != nil
        return try b.invoke(sources, vm, site: self) { (i) throws(RuntimeError) -> Lazy in
            let node = i < positional.count ? positional[i] : named[i - positional.count].value
            return lazy ? lazyArgument(node, in: f) : .ready(try evalArgument(node, f, vm))
        }
    }

    @inline(__always)
    private func evalArgument(_ a: Node, _ f: Frame, _ vm: Evaluator) throws(RuntimeError) -> Value {
        if let c = a as? ConstNode { return c.value }
        try vm.push(site: self)
        defer { vm.pop() }
        return try a.eval(f, vm)
    }
}

extension Evaluator {
    /// Calls a function value with lazy positional arguments, on behalf of `site` (used by the
    /// std library for callbacks).
    func call(_ fn: FunctionValue, _ args: [Lazy], site: Node) throws(RuntimeError) -> Value {
        if let node = fn.node {
            let frame = try node.bind(captured: fn.frame.unsafelyUnwrapped, positional: args, named: [], self, site: site)
            try pushCall(site: site, tailStrict: false)
            defer { pop() }
            return try node.invoke(frame, self)
        }
        let b = fn.builtin.unsafelyUnwrapped
        let sources = try b.match(positional: args.count, named: [], self, site: site)
        return try b.invoke(sources, self, site: site) { (i) throws(RuntimeError) -> Lazy in args[i] }
    }

    /// `call` with one argument, without building an argument array.
    @inline(__always)
    func call(_ fn: FunctionValue, one a: Lazy, site: Node) throws(RuntimeError) -> Value {
        if let node = fn.node, node.params.count == 1 {
            let captured = fn.frame.unsafelyUnwrapped
            let frame = Frame.make(parent: captured, selfObject: captured.selfObject, layer: captured.layer, size: node.frameSize)
            frame.slots[0] = a
            try pushCall(site: site, tailStrict: false)
            defer { pop() }
            return try node.invoke(frame, self)
        }
        return try call(fn, [a], site: site)
    }

    /// `call` with two arguments, without building an argument array.
    @inline(__always)
    func call(_ fn: FunctionValue, _ a: Lazy, _ b: Lazy, site: Node) throws(RuntimeError) -> Value {
        if let node = fn.node, node.params.count == 2 {
            let captured = fn.frame.unsafelyUnwrapped
            let frame = Frame.make(parent: captured, selfObject: captured.selfObject, layer: captured.layer, size: node.frameSize)
            frame.slots[0] = a
            frame.slots[1] = b
            try pushCall(site: site, tailStrict: false)
            defer { pop() }
            return try node.invoke(frame, self)
        }
        return try call(fn, [a, b], site: site)
    }

    /// `call` with evaluated arguments.
    func call(_ fn: FunctionValue, values: [Value], site: Node) throws(RuntimeError) -> Value {
        try call(fn, values.map { .ready($0) }, site: site)
    }
}
