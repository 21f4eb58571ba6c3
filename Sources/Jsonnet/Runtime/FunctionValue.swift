/// A Jsonnet function: a closure (a function literal with the frame it was created in) or a
/// native builtin of the std library.
public final class FunctionValue {
    let node: FunctionNode?
    let frame: Frame?
    let builtin: Builtin?

    init(node: FunctionNode, frame: Frame) {
        self.node = node
        self.frame = frame
        self.builtin = nil
    }

    init(builtin: Builtin) {
        self.node = nil
        self.frame = nil
        self.builtin = builtin
    }

    /// Parameter names in order.
    var parameterNames: [String] {
        if let n = node { return n.params.map { $0.name } }
        return builtin!.params.map { $0.name }
    }

    /// The number of parameters without a default (what `std.length` of a function returns).
    var requiredParameterCount: Int {
        if let n = node { return n.params.filter { $0.defaultValue == nil }.count }
        return builtin!.params.filter { !$0.optional }.count
    }
}
