/// Parse-tree nodes of a Go template. `pos` is the node's byte offset in the template text (for
/// the `name:line:col` of execution errors) and `description` is Go's `String()` of the node
/// (the `<…>` context of execution errors).
class TemplateNode: CustomStringConvertible, @unchecked Sendable {
    let pos: Int
    init(pos: Int) { self.pos = pos }
    var description: String { "" }
}

final class ListNode: TemplateNode, @unchecked Sendable {
    var nodes: [TemplateNode] = []
    override var description: String { nodes.map(\.description).joined() }
}

final class TextNode: TemplateNode, @unchecked Sendable {
    let text: String
    init(pos: Int, text: String) {
        self.text = text
        super.init(pos: pos)
    }
    override var description: String { text }
}

final class PipeNode: TemplateNode, @unchecked Sendable {
    var isAssign = false
    var decl: [VariableNode] = []
    var cmds: [CommandNode] = []
    override var description: String {
        var s = ""
        if !decl.isEmpty {
            s = decl.map(\.description).joined(separator: ", ") + " := "
        }
        return s + cmds.map(\.description).joined(separator: " | ")
    }
}

final class ActionNode: TemplateNode, @unchecked Sendable {
    let pipe: PipeNode
    init(pos: Int, pipe: PipeNode) {
        self.pipe = pipe
        super.init(pos: pos)
    }
    override var description: String { "{{\(pipe)}}" }
}

final class CommandNode: TemplateNode, @unchecked Sendable {
    var args: [TemplateNode] = []
    override var description: String {
        args.map { $0 is PipeNode ? "(\($0))" : $0.description }.joined(separator: " ")
    }
}

final class IdentifierNode: TemplateNode, @unchecked Sendable {
    let ident: String
    init(pos: Int, ident: String) {
        self.ident = ident
        super.init(pos: pos)
    }
    override var description: String { ident }
}

/// `$x` or `$x.a.b`: ident[0] is the variable name with its `$`.
final class VariableNode: TemplateNode, @unchecked Sendable {
    let ident: [String]
    init(pos: Int, ident: [String]) {
        self.ident = ident
        super.init(pos: pos)
    }
    override var description: String { ident.joined(separator: ".") }
}

final class DotNode: TemplateNode, @unchecked Sendable {
    override var description: String { "." }
}

final class NilNode: TemplateNode, @unchecked Sendable {
    override var description: String { "nil" }
}

/// `.a.b`: ident holds `a`, `b`.
final class FieldNode: TemplateNode, @unchecked Sendable {
    let ident: [String]
    init(pos: Int, ident: [String]) {
        self.ident = ident
        super.init(pos: pos)
    }
    override var description: String { ident.map { "." + $0 }.joined() }
}

/// `(pipeline).a.b` and other terms followed by fields.
final class ChainNode: TemplateNode, @unchecked Sendable {
    let node: TemplateNode
    var fields: [String] = []
    init(pos: Int, node: TemplateNode) {
        self.node = node
        super.init(pos: pos)
    }
    override var description: String {
        (node is PipeNode ? "(\(node))" : node.description) + fields.map { "." + $0 }.joined()
    }
}

final class BoolNode: TemplateNode, @unchecked Sendable {
    let value: Bool
    init(pos: Int, value: Bool) {
        self.value = value
        super.init(pos: pos)
    }
    override var description: String { value ? "true" : "false" }
}

/// A numeric constant with the interpretations Go's parser found valid for its text.
final class NumberNode: TemplateNode, @unchecked Sendable {
    let text: String
    var isInt = false, isUint = false, isFloat = false, isComplex = false
    var int64: Int64 = 0
    var uint64: UInt64 = 0
    var float64: Double = 0
    var complex: (Double, Double) = (0, 0)
    init(pos: Int, text: String) {
        self.text = text
        super.init(pos: pos)
    }
    override var description: String { text }
}

final class StringNode: TemplateNode, @unchecked Sendable {
    let quoted: String
    let text: String
    init(pos: Int, quoted: String, text: String) {
        self.quoted = quoted
        self.text = text
        super.init(pos: pos)
    }
    override var description: String { quoted }
}

/// `if`, `range` and `with`.
final class BranchNode: TemplateNode, @unchecked Sendable {
    enum Kind: String { case ifNode = "if", range, with }
    let kind: Kind
    let pipe: PipeNode
    let list: ListNode
    let elseList: ListNode?
    init(kind: Kind, pos: Int, pipe: PipeNode, list: ListNode, elseList: ListNode?) {
        self.kind = kind
        self.pipe = pipe
        self.list = list
        self.elseList = elseList
        super.init(pos: pos)
    }
    override var description: String {
        var s = "{{\(kind.rawValue) \(pipe)}}\(list)"
        if let e = elseList { s += "{{else}}\(e)" }
        return s + "{{end}}"
    }
}

final class TemplateCallNode: TemplateNode, @unchecked Sendable {
    let name: String
    let pipe: PipeNode?
    init(pos: Int, name: String, pipe: PipeNode?) {
        self.name = name
        self.pipe = pipe
        super.init(pos: pos)
    }
    override var description: String {
        if let pipe { return "{{template \(GoStrconv.quote(name)) \(pipe)}}" }
        return "{{template \(GoStrconv.quote(name))}}"
    }
}

final class BreakNode: TemplateNode, @unchecked Sendable {
    override var description: String { "{{break}}" }
}

final class ContinueNode: TemplateNode, @unchecked Sendable {
    override var description: String { "{{continue}}" }
}

/// `{{end}}` and `{{else}}`: parser-internal markers.
final class EndNode: TemplateNode, @unchecked Sendable {
    override var description: String { "{{end}}" }
}

final class ElseNode: TemplateNode, @unchecked Sendable {
    override var description: String { "{{else}}" }
}
