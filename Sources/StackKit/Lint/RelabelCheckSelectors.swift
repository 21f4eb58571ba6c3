import PromQL
import YAML

/// Kubernetes and Prometheus-operator selection as the relabel and rule checks need it: label
/// selectors, monitor namespace selectors, which objects a Prometheus selects, and Prometheus'
/// name syntax. Malformed selectors answer "cannot tell" (`nil`), never trap.
enum LintSelectors {
    /// Whether a `metav1.LabelSelector` (`matchLabels`, `matchExpressions` with `In`, `NotIn`,
    /// `Exists`, `DoesNotExist`) selects `labels`; an empty selector selects everything. `nil`
    /// when the selector is malformed (the API server would refuse it).
    static func labelSelector(_ selector: YAMLEmitValue?, matches labels: [String: String]) -> Bool? {
        guard let selector else { return true }
        if case .null = selector { return true }
        guard let o = selector.objectValue else { return nil }
        if let ml = o["matchLabels"], ml != .null {
            guard ml.objectValue != nil else { return nil }
            for (k, v) in ml.stringMap where labels[k] != v { return false }
        }
        if let me = o["matchExpressions"], me != .null {
            guard case .array(let exprs) = me else { return nil }
            for e in exprs {
                guard let key = e.at(["key"])?.stringValue, let op = e.at(["operator"])?.stringValue else { return nil }
                let values = e.at(["values"])?.arrayValue.compactMap(\.stringValue) ?? []
                switch op {
                case "In": guard let v = labels[key], values.contains(v) else { return false }
                case "NotIn": if let v = labels[key], values.contains(v) { return false }
                case "Exists": if labels[key] == nil { return false }
                case "DoesNotExist": if labels[key] != nil { return false }
                default: return nil
                }
            }
        }
        return true
    }

    /// A Service's `spec.selector` (a plain map) against pod labels: every pair must be
    /// present. `nil` when the Service selects no pods by labels (no selector, or an empty one).
    static func serviceSelector(_ service: KubeObject, matches podLabels: [String: String]) -> Bool? {
        let sel = service["spec", "selector"]?.stringMap ?? [:]
        if sel.isEmpty { return nil }
        return sel.allSatisfy { podLabels[$0.key] == $0.value }
    }

    /// Whether a monitor's `namespaceSelector` (`any: true`, `matchNames`, else the monitor's own
    /// namespace) includes `namespace`.
    static func monitorNamespaces(of monitor: KubeObject, in context: LintContext, include namespace: String) -> Bool {
        let own = context.namespace(of: monitor)
        guard let sel = monitor["spec", "namespaceSelector"]?.objectValue else { return namespace == own }
        if case .bool(true)? = sel["any"] { return true }
        let names = sel["matchNames"]?.arrayValue.compactMap(\.stringValue) ?? []
        return names.isEmpty ? namespace == own : names.contains(namespace)
    }

    /// The labels of a namespace: those of its `Namespace` object when the stack has one, plus
    /// `kubernetes.io/metadata.name`, which Kubernetes sets on every namespace.
    static func namespaceLabels(_ namespace: String, in context: LintContext) -> [String: String] {
        var labels = context.namespaces.first { $0.name == namespace }?.labels ?? [:]
        labels["kubernetes.io/metadata.name"] = namespace
        return labels
    }

    /// Whether a Prometheus selects `object` through the selector fields `selectorField`
    /// (`ruleSelector`, `serviceMonitorSelector`, …; absent selects nothing) and `namespaceField`
    /// (`ruleNamespaceSelector`, …; absent means the Prometheus' own namespace, `{}` all).
    /// `nil` when a selector is malformed.
    static func prometheus(_ prometheus: KubeObject, selects object: KubeObject, selectorField: String,
                           namespaceField: String, in context: LintContext) -> Bool? {
        guard let sel = prometheus["spec", selectorField], sel != .null else { return false }
        let ns = context.namespace(of: object)
        if let nsSel = prometheus["spec", namespaceField], nsSel != .null {
            guard let inNamespace = labelSelector(nsSel, matches: namespaceLabels(ns, in: context)) else { return nil }
            if !inNamespace { return false }
        } else if ns != context.namespace(of: prometheus) {
            return false
        }
        return labelSelector(sel, matches: object.labels)
    }

    /// The Prometheus objects that select a PrometheusRule.
    static func prometheuses(selectingRule rule: KubeObject, in context: LintContext) -> [KubeObject] {
        context.prometheuses.filter {
            prometheus($0, selects: rule, selectorField: "ruleSelector", namespaceField: "ruleNamespaceSelector", in: context) == true
        }
    }

    /// A Kubernetes label or annotation name as Prometheus' service discovery writes it into a
    /// meta label: every character outside `[a-zA-Z0-9_]` becomes `_`.
    static func sanitize(_ name: String) -> String {
        String(String.UnicodeScalarView(name.unicodeScalars.map { isWordScalar($0) ? $0 : "_" }))
    }

    /// `[a-zA-Z_][a-zA-Z0-9_]*`: a valid Prometheus label name.
    static func isValidLabelName(_ s: String) -> Bool {
        guard let first = s.unicodeScalars.first, !(first.value >= 48 && first.value <= 57) else { return false }
        return s.unicodeScalars.allSatisfy(isWordScalar)
    }

    /// `[a-zA-Z_:][a-zA-Z0-9_:]*`: a valid Prometheus metric name.
    static func isValidMetricName(_ s: String) -> Bool {
        guard let first = s.unicodeScalars.first, !(first.value >= 48 && first.value <= 57) else { return false }
        return s.unicodeScalars.allSatisfy { isWordScalar($0) || $0 == ":" }
    }

    static func isWordScalar(_ c: Unicode.Scalar) -> Bool {
        (c.value >= 65 && c.value <= 90) || (c.value >= 97 && c.value <= 122) || (c.value >= 48 && c.value <= 57) || c == "_"
    }

    /// A duration field (`30s`, `1m`, or the number 0) as milliseconds; `nil` when absent or
    /// not a duration.
    static func duration(_ v: YAMLEmitValue?) -> Int64? {
        if case .number(0)? = v { return 0 }
        guard let s = v?.stringValue else { return nil }
        return PromQLDuration(parsing: s)?.milliseconds
    }
}

