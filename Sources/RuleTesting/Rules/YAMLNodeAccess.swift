import PromQL
import YAML

/// Reading Go-struct-shaped YAML (as `yaml.UnmarshalStrict` does) from the YAML reader's
/// node graph, keeping positions for Prometheus-style `line:col:` errors.
extension YAMLNode {
    /// The node an alias repeats, or the node itself.
    var resolved: YAMLNode { kind == .alias ? (target ?? self) : self }

    /// 1-based line and column, as Go's yaml.v3 reports them.
    var line: Int { mark.line + 1 }
    var column: Int { mark.column + 1 }

    /// Key/value pairs of a mapping (keys as scalar text).
    var pairs: [(key: String, keyNode: YAMLNode, value: YAMLNode)] {
        guard kind == .mapping else { return [] }
        var out: [(String, YAMLNode, YAMLNode)] = []
        var i = 0
        while i + 1 < children.count {
            let k = children[i].resolved
            out.append((k.value, k, children[i + 1].resolved))
            i += 2
        }
        return out
    }

    /// Whether this is a null scalar (`~`, `null`, empty).
    var isNull: Bool {
        guard kind == .scalar, plainImplicit || tag == "tag:yaml.org,2002:null" else { return false }
        if case .null? = try? YAML.resolveScalar(self) { return true }
        return false
    }

    /// The YAML tag name Go's errors use (`!!map`, `!!seq`, `!!str`, `!!int`, …).
    var goTagName: String {
        switch kind {
        case .mapping: return "!!map"
        case .sequence: return "!!seq"
        default:
            switch try? YAML.resolveScalar(self) {
            case .int?: return "!!int"
            case .float?: return "!!float"
            case .bool?: return "!!bool"
            case .null?: return "!!null"
            default: return "!!str"
            }
        }
    }
}

/// Collects `yaml: unmarshal errors:` lines as Go's yaml package words them.
struct UnmarshalErrors {
    var lines: [String] = []
    /// An error that stops decoding outright (a custom decoder's, such as a bad duration):
    /// Go reports it alone, without the `unmarshal errors` list.
    var fatal: String?

    var isEmpty: Bool { lines.isEmpty && fatal == nil }

    mutating func unknownField(_ key: YAMLNode, type: String) {
        lines.append("line \(key.line): field \(key.value) not found in type \(type)")
    }

    mutating func cannotUnmarshal(_ node: YAMLNode, into type: String) {
        let text = node.kind == .scalar ? " `\(node.value)`" : ""
        lines.append("line \(node.line): cannot unmarshal \(node.goTagName)\(text) into \(type)")
    }

    /// A scalar's text (Go decodes any scalar into a string field); nil after recording an error.
    mutating func string(_ node: YAMLNode) -> String? {
        if node.kind == .scalar { return node.isNull ? "" : node.value }
        cannotUnmarshal(node, into: "string")
        return nil
    }

    /// A `model.Duration` in milliseconds; nil when empty, or when invalid (then the first
    /// such error stops decoding, as Go's custom unmarshaler does).
    mutating func duration(_ node: YAMLNode) -> Int64? {
        guard let s = string(node), !s.isEmpty else { return nil }
        guard let d = PromQLDuration(parsing: s) else {
            if fatal == nil { fatal = "not a valid duration string: \(GoFormat.quote(s))" }
            return nil
        }
        return d.milliseconds
    }

    /// `map[string]string`.
    mutating func stringMap(_ node: YAMLNode) -> [(name: String, value: String)] {
        if node.isNull { return [] }
        guard node.kind == .mapping else {
            cannotUnmarshal(node, into: "map[string]string")
            return []
        }
        var out: [(String, String)] = []
        for (k, _, v) in node.pairs {
            if let s = string(v) {
                if let i = out.firstIndex(where: { $0.0 == k }) { out[i].1 = s } else { out.append((k, s)) }
            }
        }
        return out
    }

    var message: String { fatal ?? "yaml: unmarshal errors:\n" + lines.map { "  " + $0 }.joined(separator: "\n") }
}

/// The `yaml: line N: problem` text of Go's YAML packages, which number lines their own way:
/// a parser error names the 0-based line of its mark, a scanner error the 1-based one.
enum GoYAMLError {
    /// gopkg.in/yaml.v2 (promtool's test files): the problem's line, else the context's.
    static func v2(_ e: YAMLError) -> String {
        let bump = e.stage == .scanner || e.stage == .reader ? 1 : 0
        var line = 0
        if e.problemMark.line != 0 {
            line = e.problemMark.line + bump
        } else if let c = e.contextMark, c.line != 0 {
            line = c.line
        }
        return "yaml: " + (line != 0 ? "line \(line): " : "") + e.problem
    }

    /// gopkg.in/yaml.v3 (Prometheus' rule files): the context's line, else the problem's.
    static func v3(_ e: YAMLError) -> String {
        let bump = e.stage == .scanner || e.stage == .reader ? 1 : 0
        var line = 0
        if let c = e.contextMark, c.line != 0 {
            line = c.line + bump
        } else if e.problemMark.line != 0 {
            line = e.problemMark.line + bump
        }
        return "yaml: " + (line != 0 ? "line \(line): " : "") + e.problem
    }
}
