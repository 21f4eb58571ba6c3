import YAML

/// A report as JSON for tools (keys sorted, 2-space indentation):
///
///     {"summary": {"added": 1, "removed": 0, "changed": 1, "unchanged": 57},
///      "added": [{"object": "ConfigMap monitoring/x", "kind": "ConfigMap", …, "file": "x.yaml"}],
///      "removed": [],
///      "changed": [{"object": …, "oldFile": …, "newFile": …, "changes": [
///          {"kind": "changed", "path": "spec.replicas", "old": 2, "new": 3},
///          {"kind": "added", "item": "alert X", "new": {…}},
///          {"kind": "changed", "item": "data.password", "redacted": true},
///          {"kind": "changed", "item": "group g", "changes": […]}]}],
///      "notices": []}
///
/// Values are the plain values themselves; redacted (Secret) values are never included.
public enum DiffJSONRenderer {
    public static func render(_ report: DiffReport) -> String {
        func objects(_ kind: DiffChange.Kind) -> YAMLEmitValue {
            .array(report.entries.filter { $0.kind == kind }.map(entry))
        }
        let root: YAMLEmitValue = .object([
            "summary": .object([
                "added": .number(Double(report.added)),
                "removed": .number(Double(report.removed)),
                "changed": .number(Double(report.changed)),
                "unchanged": .number(Double(report.unchanged)),
            ]),
            "added": objects(.added),
            "removed": objects(.removed),
            "changed": objects(.changed),
            "notices": .array(report.notices.map(YAMLEmitValue.string)),
        ])
        return JSONEmitter.emit(root)
    }

    static func entry(_ e: DiffReport.Entry) -> YAMLEmitValue {
        var o: [String: YAMLEmitValue] = [
            "object": .string(e.identity.description),
            "apiVersion": .string(e.apiVersion),
            "kind": .string(e.identity.kind),
            "group": .string(e.identity.group),
            "namespace": .string(e.identity.namespace),
            "name": .string(e.identity.name),
        ]
        switch e.kind {
        case .added: o["file"] = e.newFile.map(YAMLEmitValue.string) ?? .null
        case .removed: o["file"] = e.oldFile.map(YAMLEmitValue.string) ?? .null
        case .changed:
            o["oldFile"] = e.oldFile.map(YAMLEmitValue.string) ?? .null
            o["newFile"] = e.newFile.map(YAMLEmitValue.string) ?? .null
            o["changes"] = .array(e.changes.map(change))
        }
        return .object(o)
    }

    static func change(_ c: DiffChange) -> YAMLEmitValue {
        var o: [String: YAMLEmitValue] = [
            "kind": .string(c.kind.rawValue),
            c.isItem ? "item" : "path": .string(c.subject),
        ]
        if c.redacted {
            o["redacted"] = .bool(true)
        } else {
            if !c.lines.isEmpty {
                o["lines"] = .array(c.lines.map(YAMLEmitValue.string))
            } else {
                if let v = c.old { o["old"] = v }
                if let v = c.new { o["new"] = v }
            }
        }
        if !c.children.isEmpty { o["changes"] = .array(c.children.map(change)) }
        return .object(o)
    }
}
