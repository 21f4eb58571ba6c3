import YAML

/// One Kubernetes object of a stack, however it was read (a compiled stack or a manifest
/// directory), with what identifies it and where it came from.
public struct KubeObject: Sendable, Equatable {
    /// The object as plain values.
    public let value: YAMLEmitValue
    /// The file it was read from or is written to, relative to the stack's output folder
    /// (`prometheus-service.yaml`); for a stack source also the field path.
    public let file: String

    /// For an object of a compiled stack, the field of the stack's value that holds it
    /// (`.prometheus.serviceMonitor`); "" for objects read from files.
    public let field: String

    /// For an object of a compiled stack, where that field's value is written in the Jsonnet
    /// source (`stack.jsonnet:12:21`); "" when unknown.
    public let location: String

    public init(value: YAMLEmitValue, file: String, field: String = "", location: String = "") {
        self.value = value
        self.file = file
        self.field = field
        self.location = location
    }

    public var apiVersion: String { self["apiVersion"]?.stringValue ?? "" }
    public var kind: String { self["kind"]?.stringValue ?? "" }
    public var name: String { self["metadata", "name"]?.stringValue ?? "" }
    /// The namespace as written ("" when the object names none).
    public var namespace: String { self["metadata", "namespace"]?.stringValue ?? "" }
    public var labels: [String: String] { self["metadata", "labels"]?.stringMap ?? [:] }

    /// The API group without version (`monitoring.coreos.com`, "" for the core group).
    public var group: String {
        let v = apiVersion
        guard let slash = v.firstIndex(of: "/") else { return "" }
        return String(v[..<slash])
    }

    /// `Kind namespace/name` (or `Kind name` for objects without a namespace).
    public var reference: String { namespace.isEmpty ? "\(kind) \(name)" : "\(kind) \(namespace)/\(name)" }

    /// The value at a path of object keys.
    public subscript(_ path: String...) -> YAMLEmitValue? { value.at(path) }
}

/// What identifies an object in a cluster: group, kind, namespace and name.
public struct ObjectIdentity: Hashable, Sendable, Comparable, CustomStringConvertible {
    public var group: String
    public var kind: String
    public var namespace: String
    public var name: String

    public init(_ o: KubeObject) {
        group = o.group
        kind = o.kind
        namespace = o.namespace
        name = o.name
    }

    public var description: String {
        let k = group.isEmpty ? kind : "\(kind).\(group)"
        return namespace.isEmpty ? "\(k) \(name)" : "\(k) \(namespace)/\(name)"
    }

    public static func < (a: ObjectIdentity, b: ObjectIdentity) -> Bool {
        (a.kind, a.group, a.namespace, a.name) < (b.kind, b.group, b.namespace, b.name)
    }
}

extension YAMLEmitValue {
    /// The value at a path of object keys, or nil.
    public func at(_ path: [String]) -> YAMLEmitValue? {
        var cur = self
        for key in path {
            guard case .object(let o) = cur, let next = o[key] else { return nil }
            cur = next
        }
        return cur
    }

    public var stringValue: String? { if case .string(let s) = self { return s } else { return nil } }
    public var numberValue: Double? { if case .number(let d) = self { return d } else { return nil } }
    /// A whole number that fits an `Int` (ports, counts); nil for anything else.
    public var intValue: Int? {
        guard case .number(let d) = self, d.isFinite, d == d.rounded(), Swift.abs(d) < 1e15 else { return nil }
        return Int(d)
    }
    public var arrayValue: [YAMLEmitValue] { if case .array(let a) = self { return a } else { return [] } }
    public var objectValue: [String: YAMLEmitValue]? { if case .object(let o) = self { return o } else { return nil } }

    /// An object of strings (labels, selectors) as a dictionary; other values are skipped.
    public var stringMap: [String: String] {
        guard case .object(let o) = self else { return [:] }
        var out: [String: String] = [:]
        for (k, v) in o {
            switch v {
            case .string(let s): out[k] = s
            case .number(let d): out[k] = d == d.rounded() && Swift.abs(d) < 1e15 ? String(Int64(d)) : String(d)
            case .bool(let b): out[k] = String(b)
            default: continue
            }
        }
        return out
    }

    /// A YAML reader value as a plain value (mapping keys as strings).
    public init(_ v: YAMLValue) {
        switch v {
        case .null: self = .null
        case .bool(let b): self = .bool(b)
        case .int(let i): self = .number(Double(i))
        case .float(let d): self = .number(d)
        case .string(let s): self = .string(s)
        case .sequence(let items): self = .array(items.map(YAMLEmitValue.init))
        case .mapping(let pairs):
            var o: [String: YAMLEmitValue] = [:]
            for (k, val) in pairs {
                let key: String
                switch k {
                case .string(let s): key = s
                case .int(let i): key = String(i)
                case .bool(let b): key = String(b)
                case .float(let d): key = String(d)
                default: key = "\(k)"
                }
                o[key] = YAMLEmitValue(val)
            }
            self = .object(o)
        }
    }
}
