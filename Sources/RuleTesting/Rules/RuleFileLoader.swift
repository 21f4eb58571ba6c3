import PromQL
import YAML

/// Reads rule groups from a rule file's text, validating them as Prometheus 2.x does.
///
/// A plain rule file (`groups:` at the top) is read strictly, as `promtool` reads it. A
/// Kubernetes `PrometheusRule` (or a `List` of objects) is unwrapped to its `spec.groups`, and
/// other Kubernetes objects contribute nothing, so the output of `stackc build` can be named
/// directly. With `searchNested`, objects that are neither (the value of a Jsonnet stack) are
/// searched for PrometheusRules and rule files inside them.
public enum RuleFileLoader {
    /// Groups of `text`, or the errors promtool would print for it (each prefixed `file: `).
    public static func load(_ text: String, file: String, searchNested: Bool = false) -> Result<[RuleGroup], RuleLoadErrors> {
        let docs: [YAMLDocument]
        do {
            let reader = YAMLReader(text)
            var all: [YAMLDocument] = []
            while let d = try reader.nextDocument() { all.append(d) }
            docs = all
        } catch {
            // Prometheus decodes a rule file twice (strictly into its types, then into YAML
            // nodes for positions) and reports both failures.
            let message = "\(file): \(GoYAMLError.v3(error))"
            return .failure(RuleLoadErrors(searchNested ? [message] : [message, message]))
        }
        var groups: [RuleGroup] = []
        var errors: [String] = []
        for doc in docs {
            collect(doc.root.resolved, file: file, nested: searchNested, groups: &groups, errors: &errors)
        }
        return errors.isEmpty ? .success(groups) : .failure(RuleLoadErrors(errors))
    }

    private static func field(_ node: YAMLNode, _ name: String) -> YAMLNode? {
        node.pairs.first { $0.key == name }?.value
    }

    private static func collect(_ node: YAMLNode, file: String, nested: Bool, groups: inout [RuleGroup], errors: inout [String]) {
        switch node.kind {
        case .mapping:
            if let kind = field(node, "kind"), field(node, "apiVersion") != nil {
                if kind.value == "PrometheusRule" {
                    let name = field(node, "metadata").flatMap { field($0, "name") }?.value ?? ""
                    if let spec = field(node, "spec") {
                        parseGroups(spec, file: name.isEmpty ? file : "\(file) (PrometheusRule \(name))", strict: false, groups: &groups, errors: &errors)
                    }
                } else if kind.value.hasSuffix("List"), let items = field(node, "items") {
                    for item in items.children { collect(item.resolved, file: file, nested: nested, groups: &groups, errors: &errors) }
                }
                return
            }
            if field(node, "groups") != nil || !nested {
                parseGroups(node, file: file, strict: !nested, groups: &groups, errors: &errors)
                return
            }
            for (_, _, v) in node.pairs { collect(v, file: file, nested: nested, groups: &groups, errors: &errors) }
        case .sequence where nested:
            for item in node.children { collect(item.resolved, file: file, nested: nested, groups: &groups, errors: &errors) }
        default:
            if !nested && !node.isNull {
                for type in ["rulefmt.RuleGroups", "rulefmt.ruleGroups"] {
                    var u = UnmarshalErrors()
                    u.cannotUnmarshal(node, into: type)
                    errors.append("\(file): \(u.message)")
                }
            }
        }
    }

    /// Reads `groups:` of a rule file (or of a PrometheusRule's spec) and validates it.
    private static func parseGroups(_ node: YAMLNode, file: String, strict: Bool, groups out: inout [RuleGroup], errors: inout [String]) {
        var u = UnmarshalErrors()
        var groupNodes: [YAMLNode] = []
        for (key, keyNode, value) in node.pairs {
            if key == "groups" {
                if value.isNull { continue }
                if value.kind == .sequence { groupNodes = value.children.map(\.resolved) } else { u.cannotUnmarshal(value, into: "[]rulefmt.RuleGroup") }
            } else if strict {
                u.unknownField(keyNode, type: "rulefmt.RuleGroups")
            }
        }
        var parsed: [(group: RuleGroup, node: YAMLNode, ruleNodes: [RuleNodes])] = []
        for g in groupNodes {
            if let p = parseGroup(g, file: file, errors: &u) { parsed.append(p) }
        }
        if !u.isEmpty { errors.append("\(file): \(u.message)") }
        // The second, lenient decode into YAML nodes only cares that `groups` is a list.
        if strict, let g = node.pairs.first(where: { $0.key == "groups" })?.value, !g.isNull, g.kind != .sequence {
            var second = UnmarshalErrors()
            second.cannotUnmarshal(g, into: "[]yaml.Node")
            errors.append("\(file): \(second.message)")
        }
        if !u.isEmpty { return }
        var seen = Set<String>()
        var found: [String] = []
        for (group, node, ruleNodes) in parsed {
            if group.name.isEmpty { found.append("\(node.line):\(node.column): Groupname must not be empty") }
            if seen.contains(group.name) {
                found.append("\(node.line):\(node.column): groupname: \"\(group.name)\" is repeated in the same file")
            }
            seen.insert(group.name)
            for (i, r) in ruleNodes.enumerated() {
                for e in RuleValidation.errors(r) {
                    let ruleName = r.alert?.value.isEmpty == false ? r.alert!.value : (r.record?.value ?? "")
                    found.append("\(e.position)group \(GoFormat.quote(group.name)), rule \(i + 1), \(GoFormat.quote(ruleName)): \(e.message)")
                }
            }
        }
        if !found.isEmpty {
            errors += found.map { "\(file): \($0)" }
            return
        }
        out += parsed.map(\.group)
    }

    private static func parseGroup(_ node: YAMLNode, file: String, errors u: inout UnmarshalErrors) -> (RuleGroup, YAMLNode, [RuleNodes])? {
        guard node.kind == .mapping else {
            if !node.isNull { u.cannotUnmarshal(node, into: "rulefmt.RuleGroup") }
            return node.isNull ? (RuleGroup(name: "", file: file), node, []) : nil
        }
        var group = RuleGroup(name: "", file: file)
        var ruleNodes: [RuleNodes] = []
        for (key, keyNode, value) in node.pairs {
            switch key {
            case "name": group.name = u.string(value) ?? ""
            case "interval":
                if let d = u.duration(value) { group.interval = d }
            case "limit":
                if let s = u.string(value), !s.isEmpty {
                    if let n = Int(s) { group.limit = n } else { u.cannotUnmarshal(value, into: "int") }
                }
            case "rules":
                if value.isNull { continue }
                guard value.kind == .sequence else {
                    u.cannotUnmarshal(value, into: "[]rulefmt.RuleNode")
                    continue
                }
                for r in value.children.map(\.resolved) {
                    if let nodes = RuleNodes.read(r, errors: &u) { ruleNodes.append(nodes) }
                }
            default: u.unknownField(keyNode, type: "rulefmt.RuleGroup")
            }
        }
        group.rules = ruleNodes.compactMap(\.rule)
        return (group, node, ruleNodes)
    }
}

/// Errors that stop a rule file from loading, one per entry, as promtool prints them.
public struct RuleLoadErrors: Error, Sendable, Equatable {
    public var messages: [String]
    public init(_ messages: [String]) { self.messages = messages }
}
