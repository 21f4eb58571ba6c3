/// Measures how much of the evaluation thread's native stack is in use, so that deep
/// recursion (in the parser, the analyzer or the evaluator) ends in a clean error instead of a
/// crash. The thread is started with a 1 GiB stack (`Jsonnet.run`); the stack grows down from
/// the address recorded at its start.
struct StackGuard: Sendable {
    /// Total stack of the evaluation thread.
    static let threadStackSize = 1 << 30
    /// Parsing and analysis may use this much; the rest is left for evaluation.
    static let syntaxBudget = 256 << 20
    /// Evaluation stops (max stack frames exceeded) beyond this much.
    static let evaluationBudget = 896 << 20

    let base: UInt

    /// A guard for the current thread, measuring from here.
    static func here() -> StackGuard { StackGuard(base: currentAddress()) }

    @inline(__always)
    static func currentAddress() -> UInt {
        var marker: UInt8 = 0
        return withUnsafeMutablePointer(to: &marker) { UInt(bitPattern: $0) }
    }

    /// Bytes of stack in use below `base`.
    @inline(__always)
    var used: UInt {
        let here = StackGuard.currentAddress()
        return here < base ? base - here : 0
    }

    @inline(__always)
    func exceeds(_ budget: Int) -> Bool { used > UInt(budget) }

    /// For the parser and analyzer: true when they have used more than `syntaxBudget` since
    /// `start` (a `used` reading taken when they began), or the thread is nearly out of stack.
    @inline(__always)
    func syntaxTooDeep(since start: UInt) -> Bool {
        let u = used
        return u > start + UInt(StackGuard.syntaxBudget) || u > UInt(StackGuard.evaluationBudget)
    }
}
