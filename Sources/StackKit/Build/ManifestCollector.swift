import YAML

/// Finds the manifests in a stack's value and names their files.
///
/// The stack is an object. Each field holding a manifest (an object with `apiVersion` and
/// `kind`) becomes one file named by its field path, the names joined with `-`:
/// `{prometheus: {service: {...}}}` gives `prometheus-service`. A field holding an object
/// that is not a manifest is walked the same way; `null` fields are skipped (components may
/// switch a manifest off with `null`). A `/` in a field name makes a subfolder, as
/// kube-prometheus's `{'setup/0namespace-namespace': ...}` does. A `kind: List` is one file.
public enum ManifestCollector {
    public static func collect(_ root: YAMLEmitValue) throws(BuildError) -> [Manifest] {
        guard case .object(let fields) = root else {
            throw BuildError("the stack must evaluate to an object of manifests, got \(typeName(root))")
        }
        if Manifest.isManifest(root) {
            throw BuildError("the stack must evaluate to an object whose fields are manifests, got a single manifest (kind \(Manifest(path: "", value: root).kind)); wrap it: {name: ...}")
        }
        var out: [Manifest] = []
        var seen: [String: String] = [:]
        try walk(fields, prefix: [], into: &out, seen: &seen)
        out.sort { $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) }
        return out
    }

    private static func walk(_ fields: [String: YAMLEmitValue], prefix: [String], into out: inout [Manifest],
                             seen: inout [String: String]) throws(BuildError) {
        for key in fields.keys.sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) }) {
            let value = fields[key]!
            let names = prefix + [key]
            let where_ = names.map { "." + $0 }.joined()
            switch value {
            case .null:
                continue
            case .object(let sub):
                if Manifest.isManifest(value) {
                    let path = names.joined(separator: "-")
                    try check(path, at: where_)
                    if let other = seen[path] {
                        throw BuildError("two manifests would be written to \(path).yaml: \(other) and \(where_)")
                    }
                    seen[path] = where_
                    out.append(Manifest(path: path, value: value, fieldPath: where_))
                } else {
                    try walk(sub, prefix: names, into: &out, seen: &seen)
                }
            default:
                throw BuildError("expected a manifest (an object with apiVersion and kind) or an object of manifests at \(where_), got \(typeName(value))")
            }
        }
    }

    /// A file path must stay inside the output directory.
    private static func check(_ path: String, at where_: String) throws(BuildError) {
        let parts = path.split(separator: "/", omittingEmptySubsequences: false)
        if path.hasPrefix("/") || parts.contains(where: { $0.isEmpty || $0 == "." || $0 == ".." }) {
            throw BuildError("field \(where_) does not name a file inside the output directory: \(path)")
        }
    }

    static func typeName(_ v: YAMLEmitValue) -> String {
        switch v {
        case .null: return "null"
        case .bool: return "boolean"
        case .number: return "number"
        case .string: return "string"
        case .array: return "array"
        case .object: return "object"
        }
    }
}
