import YAML

/// promtool reads test files with Go's strict YAML decoding: an unknown field or a value of
/// the wrong type is an error naming its line. This walks a test file's nodes against the
/// shape of promtool's test-file types and words those errors as Go does.
enum TestFileSchema {
    private indirect enum Shape: Sendable {
        case string, float, duration, strings, stringMap
        case object(String, [String: Shape])
        case list(Shape)
    }

    private static let sample = Shape.object("main.sample", ["labels": .string, "value": .float])
    private static let exprTest = Shape.object("main.promqlTestCase", ["expr": .string, "eval_time": .duration, "exp_samples": .list(sample)])
    private static let expAlert = Shape.object("main.alert", ["exp_labels": .stringMap, "exp_annotations": .stringMap])
    private static let alertTest = Shape.object("main.alertTestCase", ["eval_time": .duration, "alertname": .string, "exp_alerts": .list(expAlert)])
    private static let series = Shape.object("main.series", ["series": .string, "values": .string])
    private static let group = Shape.object("main.testGroup", [
        "interval": .duration, "input_series": .list(series), "alert_rule_test": .list(alertTest),
        "promql_expr_test": .list(exprTest), "external_labels": .stringMap, "external_url": .string, "name": .string,
    ])
    private static let file = Shape.object("main.unitTestFile", [
        "rule_files": .strings, "evaluation_interval": .duration, "group_eval_order": .strings, "tests": .list(group),
    ])

    /// The `yaml: unmarshal errors:` text for `text`, or nil when it has the right shape.
    static func check(_ text: String) -> String? {
        let doc: YAMLDocument?
        do {
            doc = try YAMLReader(text).nextDocument()
        } catch {
            return GoYAMLError.v2(error)
        }
        guard let root = doc?.root.resolved else { return nil }
        var u = UnmarshalErrors()
        walk(root, file, &u)
        return u.lines.isEmpty ? nil : u.message
    }

    private static func walk(_ node: YAMLNode, _ shape: Shape, _ u: inout UnmarshalErrors) {
        if node.isNull { return }
        switch shape {
        case .string, .duration:
            _ = u.string(node)
        case .float:
            switch node.kind == .scalar ? try? YAML.resolveScalar(node) : nil {
            case .int?, .float?: break
            default: u.cannotUnmarshal(node, into: "float64")
            }
        case .strings:
            walk(node, .list(.string), &u)
        case .stringMap:
            _ = u.stringMap(node)
        case .list(let item):
            guard node.kind == .sequence else {
                u.cannotUnmarshal(node, into: "[]" + typeName(item))
                return
            }
            for c in node.children { walk(c.resolved, item, &u) }
        case .object(let name, let fields):
            guard node.kind == .mapping else {
                u.cannotUnmarshal(node, into: name)
                return
            }
            for (key, keyNode, value) in node.pairs {
                if let f = fields[key] { walk(value, f, &u) } else { u.unknownField(keyNode, type: name) }
            }
        }
    }

    private static func typeName(_ s: Shape) -> String {
        switch s {
        case .string, .duration: return "string"
        case .float: return "float64"
        case .strings: return "[]string"
        case .stringMap: return "map[string]string"
        case .object(let n, _): return n
        case .list(let i): return "[]" + typeName(i)
        }
    }
}
