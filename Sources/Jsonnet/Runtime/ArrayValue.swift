/// A Jsonnet array: a sequence of lazy elements. `a + b` makes a concatenation node that is
/// flattened (iteratively) on first element access, so appending in a fold stays linear.
public final class ArrayValue {
    private var flat: ContiguousArray<Lazy>?
    private var left: ArrayValue?
    private var right: ArrayValue?
    public let count: Int

    init(_ elements: ContiguousArray<Lazy>) {
        flat = elements
        count = elements.count
    }

    convenience init(values: [Value]) {
        var e = ContiguousArray<Lazy>()
        e.reserveCapacity(values.count)
        for v in values { e.append(.ready(v)) }
        self.init(e)
    }

    private init(left: ArrayValue, right: ArrayValue) {
        self.left = left
        self.right = right
        count = left.count + right.count
    }

    nonisolated(unsafe) static let empty = ArrayValue(ContiguousArray())

    static func concat(_ a: ArrayValue, _ b: ArrayValue) -> ArrayValue {
        if a.count == 0 { return b }
        if b.count == 0 { return a }
        if a.count + b.count <= 8 {
            var e = a.elements
            e.append(contentsOf: b.elements)
            return ArrayValue(e)
        }
        return ArrayValue(left: a, right: b)
    }

    /// All elements (flattening a concatenation once).
    var elements: ContiguousArray<Lazy> {
        if let f = flat { return f }
        var out = ContiguousArray<Lazy>()
        out.reserveCapacity(count)
        var stack: [ArrayValue] = [self]
        while let node = stack.popLast() {
            if let f = node.flat {
                out.append(contentsOf: f)
            } else {
                stack.append(node.right.unsafelyUnwrapped)
                stack.append(node.left.unsafelyUnwrapped)
            }
        }
        flat = out
        left = nil
        right = nil
        return out
    }

    @inline(__always)
    subscript(_ i: Int) -> Lazy {
        if let f = flat { return f[i] }
        return elements[i]
    }

    /// The element at `i`, evaluated.
    @inline(__always)
    func value(_ i: Int, _ vm: Evaluator, site: Node?) throws(RuntimeError) -> Value {
        try self[i].force(vm, site: site)
    }
}
