import PromQL
import YAML

/// One `rules:` entry as written, with the nodes Prometheus' validation errors point at.
struct RuleNodes {
    var record: YAMLNode?
    var alert: YAMLNode?
    var expr: YAMLNode?
    var holdDuration: Int64 = 0
    var keepFiringFor: Int64 = 0
    var labels: [(name: String, value: String)] = []
    var annotations: [(name: String, value: String)] = []
    /// The parsed rule when it is valid.
    var rule: Rule?

    static func read(_ node: YAMLNode, errors u: inout UnmarshalErrors) -> RuleNodes? {
        if node.isNull { return RuleNodes() }
        guard node.kind == .mapping else {
            u.cannotUnmarshal(node, into: "rulefmt.RuleNode")
            return nil
        }
        var r = RuleNodes()
        for (key, keyNode, value) in node.pairs {
            switch key {
            case "record": r.record = value
            case "alert": r.alert = value
            case "expr": r.expr = value
            case "for", "keep_firing_for":
                guard let d = u.duration(value) else { continue }
                if key == "for" { r.holdDuration = d } else { r.keepFiringFor = d }
            case "labels": r.labels = u.stringMap(value)
            case "annotations": r.annotations = u.stringMap(value)
            default: u.unknownField(keyNode, type: "rulefmt.RuleNode")
            }
        }
        r.rule = r.makeRule()
        return r
    }

    private func text(_ n: YAMLNode?) -> String {
        guard let n, n.kind == .scalar, !n.isNull else { return "" }
        return n.value
    }

    var recordName: String { text(record) }
    var alertName: String { text(alert) }
    var exprText: String { text(expr) }

    private func makeRule() -> Rule? {
        guard !exprText.isEmpty, let e = try? PromQLParser.parse(exprText) else { return nil }
        let isAlert = !alertName.isEmpty
        var rule = Rule(kind: isAlert ? .alerting : .recording, name: isAlert ? alertName : recordName, exprText: exprText, expr: e)
        rule.holdDuration = holdDuration
        rule.keepFiringFor = keepFiringFor
        rule.labels = labels
        rule.annotations = annotations
        return rule
    }
}

/// Prometheus' checks of one rule (`rulefmt` validation), with the positions it reports.
enum RuleValidation {
    struct Finding {
        /// `line:col: ` (or two of them), or empty when Prometheus names no node.
        var position: String
        var message: String
    }

    static func position(_ n: YAMLNode?) -> String {
        guard let n else { return "0:0: " }
        return "\(n.line):\(n.column): "
    }

    static func errors(_ r: RuleNodes) -> [Finding] {
        var out: [Finding] = []
        let record = r.recordName, alert = r.alertName
        if !record.isEmpty && !alert.isEmpty {
            out.append(Finding(position: position(r.record) + position(r.alert), message: "only one of 'record' and 'alert' must be set"))
        }
        if record.isEmpty && alert.isEmpty {
            out.append(Finding(position: position(r.record), message: "one of 'record' or 'alert' must be set"))
        }
        if r.exprText.isEmpty {
            out.append(Finding(position: position(r.expr), message: "field 'expr' must be set in rule"))
        } else {
            do {
                _ = try PromQLParser.parse(r.exprText)
            } catch {
                out.append(Finding(position: position(r.expr), message: "could not parse expression: \(error)"))
            }
        }
        if !record.isEmpty {
            if !r.annotations.isEmpty {
                out.append(Finding(position: position(r.record), message: "invalid field 'annotations' in recording rule"))
            }
            if r.holdDuration != 0 {
                out.append(Finding(position: position(r.record), message: "invalid field 'for' in recording rule"))
            }
            if r.keepFiringFor != 0 {
                out.append(Finding(position: position(r.record), message: "invalid field 'keep_firing_for' in recording rule"))
            }
            if !isValidMetricName(record) {
                out.append(Finding(position: position(r.record), message: "invalid recording rule name: \(record)"))
            }
        }
        for (k, _) in r.labels where !isValidLabelName(k) || k == "__name__" {
            out.append(Finding(position: "", message: "invalid label name: \(k)"))
        }
        for (k, _) in r.annotations where !isValidLabelName(k) {
            out.append(Finding(position: "", message: "invalid annotation name: \(k)"))
        }
        if !alert.isEmpty {
            for (k, v) in r.labels.sorted(by: { $0.name < $1.name }) {
                if let e = AlertTemplate.syntaxError(v, ruleName: alert) {
                    out.append(Finding(position: "", message: "label \(GoFormat.quote(k)): \(e)"))
                }
            }
            for (k, v) in r.annotations.sorted(by: { $0.name < $1.name }) {
                if let e = AlertTemplate.syntaxError(v, ruleName: alert) {
                    out.append(Finding(position: "", message: "annotation \(GoFormat.quote(k)): \(e)"))
                }
            }
        }
        return out
    }

    static func isValidMetricName(_ s: String) -> Bool {
        guard let first = s.utf8.first, !(48...57).contains(first) else { return false }
        return s.utf8.allSatisfy { isWordByte($0) || $0 == UInt8(ascii: ":") }
    }

    static func isValidLabelName(_ s: String) -> Bool {
        guard let first = s.utf8.first, !(48...57).contains(first) else { return false }
        return s.utf8.allSatisfy(isWordByte)
    }

    private static func isWordByte(_ c: UInt8) -> Bool {
        (65...90).contains(c) || (97...122).contains(c) || (48...57).contains(c) || c == UInt8(ascii: "_")
    }
}
