import YAML

/// A Kubernetes label selector (`matchLabels` and `matchExpressions`), as Services,
/// ServiceMonitors, NetworkPolicies and the Prometheus operator's selectors use them.
public struct LabelSelector: Sendable, Equatable {
    /// One `matchExpressions` entry.
    public struct Requirement: Sendable, Equatable {
        public var key: String
        public var op: String
        public var values: [String]
    }

    public var matchLabels: [String: String] = [:]
    public var expressions: [Requirement] = []

    /// A `LabelSelector` object (`{matchLabels: …, matchExpressions: […]}`); nil when the
    /// value is not an object.
    public init?(_ v: YAMLEmitValue?) {
        guard let o = v?.objectValue else { return nil }
        matchLabels = o["matchLabels"]?.stringMap ?? [:]
        for e in o["matchExpressions"]?.arrayValue ?? [] {
            guard let key = e.at(["key"])?.stringValue, let op = e.at(["operator"])?.stringValue else { continue }
            expressions.append(Requirement(key: key, op: op, values: (e.at(["values"])?.arrayValue ?? []).compactMap(\.stringValue)))
        }
    }

    /// A Service's `spec.selector` (a plain map).
    public init(equalities: [String: String]) {
        matchLabels = equalities
    }

    /// An empty selector matches everything.
    public var isEmpty: Bool { matchLabels.isEmpty && expressions.isEmpty }

    public func matches(_ labels: [String: String]) -> Bool {
        for (k, v) in matchLabels where labels[k] != v { return false }
        for r in expressions {
            let value = labels[r.key]
            switch r.op {
            case "In": if value == nil || !r.values.contains(value!) { return false }
            case "NotIn": if let value, r.values.contains(value) { return false }
            case "Exists": if value == nil { return false }
            case "DoesNotExist": if value != nil { return false }
            default: return false
            }
        }
        return true
    }

    /// `a=b, c in (x,y)` for messages.
    public var description: String {
        var parts = matchLabels.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
        for r in expressions {
            switch r.op {
            case "In": parts.append("\(r.key) in (\(r.values.joined(separator: ",")))")
            case "NotIn": parts.append("\(r.key) notin (\(r.values.joined(separator: ",")))")
            case "Exists": parts.append(r.key)
            case "DoesNotExist": parts.append("!\(r.key)")
            default: parts.append("\(r.key) \(r.op) \(r.values)")
            }
        }
        return parts.isEmpty ? "(everything)" : parts.joined(separator: ", ")
    }
}
