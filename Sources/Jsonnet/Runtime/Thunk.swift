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

/// What a `Frame` holds besides its slots.
public struct FrameHeader {
    let parent: Frame?
    /// The object `self` refers to here (nil outside objects).
    let selfObject: ObjectValue?
    /// The layer of `selfObject` whose code runs here: `super` means the layers below it.
    let layer: Int
    /// How many slots follow the header.
    let count: Int
}

/// An activation record: the slots for the variables of one function call, object instance or
/// comprehension iteration, a link to the enclosing frame, and the `self`/`super` in scope.
/// The slots live in the same allocation as the header (one malloc per frame, no generic
/// array machinery on the hot path).
public final class Frame: ManagedBuffer<FrameHeader, Lazy> {
    @inline(__always)
    static func make(parent: Frame?, selfObject: ObjectValue?, layer: Int, size: Int) -> Frame {
        let b = Frame.create(minimumCapacity: size) { _ in
            FrameHeader(parent: parent, selfObject: selfObject, layer: layer, count: size)
        }
        let f = unsafeDowncast(b, to: Frame.self)
        if size > 0 {
            f.withUnsafeMutablePointerToElements { $0.initialize(repeating: Frame.unset, count: size) }
        }
        return f
    }

    /// A child frame with the same `self` and `super`.
    @inline(__always)
    static func make(child parent: Frame, size: Int) -> Frame {
        make(parent: parent, selfObject: parent.selfObject, layer: parent.layer, size: size)
    }

    deinit {
        let n = header.count
        if n > 0 { _ = withUnsafeMutablePointerToElements { $0.deinitialize(count: n) } }
    }

    @inline(__always) var parent: Frame? { header.parent }
    @inline(__always) var selfObject: ObjectValue? { header.selfObject }
    @inline(__always) var layer: Int { header.layer }

    /// The variable slots, indexed as the analyzer numbered them.
    @inline(__always) var slots: Slots { Slots(base: withUnsafeMutablePointerToElements { $0 }) }

    /// Subscript access to a frame's slots (valid while the frame is alive).
    struct Slots {
        let base: UnsafeMutablePointer<Lazy>
        @inline(__always)
        subscript(i: Int) -> Lazy {
            get { base[i] }
            nonmutating set { base[i] = newValue }
        }
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
