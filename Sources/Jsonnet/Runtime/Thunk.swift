/// A lazily evaluated expression: a node and the frame to evaluate it in. Forced at most once;
/// the value is kept and the node and frame released.
public final class Thunk {
    private(set) var value: Value?
    private var node: Node?
    private var frame: Frame?
    init(node: Node, frame: Frame) {
        self.node = node
        self.frame = frame
    }

    /// A thunk that already holds its value.
    init(value: Value) {
        self.value = value
    }

    /// The value, evaluating it now if needed. `site` is the expression that needs the value
    /// (shown in traces).
    @inline(__always)
    func force(_ vm: Evaluator, site: Node?) throws(RuntimeError) -> Value {
        if let v = value { return v }
        return try evaluate(vm, site: site)
    }

    private func evaluate(_ vm: Evaluator, site: Node?) throws(RuntimeError) -> Value {
        // A thunk reached again while it is being evaluated (`local x = x; x`) simply recurses
        // until the stack limit, as go-jsonnet does.
        let node = self.node.unsafelyUnwrapped, frame = self.frame.unsafelyUnwrapped
        try vm.push(site: site)
        defer { vm.pop() }
        let v = try node.eval(frame, vm)
        value = v
        self.node = nil
        self.frame = nil
        return v
    }
}

extension Lazy {
    /// The value, forcing the thunk if needed.
    @inline(__always)
    func force(_ vm: Evaluator, site: Node?) throws(RuntimeError) -> Value {
        switch self {
        case .ready(let v): return v
        case .pending(let t): return try t.force(vm, site: site)
        }
    }
}

/// An activation record: the slots for the variables of one function call, object instance or
/// comprehension iteration, a link to the enclosing frame, and the `self`/`super` in scope.
public final class Frame {
    let parent: Frame?
    /// The object `self` refers to here (nil outside objects).
    let selfObject: ObjectValue?
    /// The layer of `selfObject` whose code runs here: `super` means the layers below it.
    let layer: Int
    var slots: ContiguousArray<Lazy>

    init(parent: Frame?, selfObject: ObjectValue?, layer: Int, size: Int) {
        self.parent = parent
        self.selfObject = selfObject
        self.layer = layer
        self.slots = ContiguousArray(repeating: Frame.unset, count: size)
    }

    /// A child frame with the same `self` and `super`.
    init(child parent: Frame, size: Int) {
        self.parent = parent
        self.selfObject = parent.selfObject
        self.layer = parent.layer
        self.slots = ContiguousArray(repeating: Frame.unset, count: size)
    }

    static var unset: Lazy { .ready(.null) }

    @inline(__always)
    func ancestor(_ depth: Int) -> Frame {
        var f = self
        var d = depth
        while d > 0 {
            f = f.parent.unsafelyUnwrapped
            d -= 1
        }
        return f
    }
}
