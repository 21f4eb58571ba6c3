import YAML

/// Kubernetes hygiene that breaks monitoring: two objects with one identity, namespaced
/// objects without a namespace, and workloads or Services whose selectors miss their pods.
public struct KubernetesCheck: LintCheck {
    public static let duplicate = LintRule("k8s/duplicate-object", .error, "two objects have the same kind, namespace and name")
    public static let missingNamespace = LintRule("k8s/missing-namespace", .warning, "a namespaced object names no namespace")
    public static let selectorMismatch = LintRule("k8s/selector-mismatch", .error, "a workload's selector misses its pod template, or a Service's selector matches no pod")

    /// Kinds that live outside namespaces.
    static let clusterScoped: Set<String> = [
        "Namespace", "ClusterRole", "ClusterRoleBinding", "CustomResourceDefinition", "PersistentVolume",
        "StorageClass", "PriorityClass", "ValidatingWebhookConfiguration", "MutatingWebhookConfiguration",
        "APIService", "Node", "IngressClass", "RuntimeClass", "PodSecurityPolicy",
    ]

    public init() {}

    public var rules: [LintRule] { [Self.duplicate, Self.missingNamespace, Self.selectorMismatch] }

    public func run(_ ctx: LintContext) -> [LintFinding] {
        var out: [LintFinding] = []
        var seen: [ObjectIdentity: KubeObject] = [:]
        for o in ctx.objects {
            let id = ObjectIdentity(o)
            if let first = seen[id] {
                out.append(LintFinding(rule: Self.duplicate, object: o,
                    message: "\(id) is defined twice: in \(first.file) and in \(o.file)",
                    fix: "remove one, or give them different names"))
            } else {
                seen[id] = o
            }
            if o.namespace.isEmpty && !Self.clusterScoped.contains(o.kind) {
                out.append(LintFinding(rule: Self.missingNamespace, object: o,
                    message: "\(o.kind) \(o.name) has no metadata.namespace, so it lands in whatever namespace kubectl is pointed at",
                    fix: "set metadata.namespace"))
            }
        }
        for w in ctx.workloads {
            let labels = w["spec", "template", "metadata", "labels"]?.stringMap ?? [:]
            if let sel = LabelSelector(w["spec", "selector"]), !sel.matches(labels) {
                out.append(LintFinding(rule: Self.selectorMismatch, object: w,
                    message: "spec.selector \(sel.description) does not match the pod template labels \(LabelSelector(equalities: labels).description)",
                    fix: "make spec.template.metadata.labels include every spec.selector label"))
            }
        }
        for s in ctx.services {
            let sel = s["spec", "selector"]?.stringMap ?? [:]
            guard !sel.isEmpty, !ctx.podTemplates.isEmpty, ctx.backingPods(of: s).isEmpty else { continue }
            // Only judge namespaces whose workloads the stack defines.
            guard ctx.podTemplates.contains(where: { $0.namespace == ctx.namespace(of: s) }) else { continue }
            out.append(LintFinding(rule: Self.selectorMismatch, object: s,
                message: "spec.selector \(LabelSelector(equalities: sel).description) matches no pod template in namespace \(ctx.namespace(of: s))",
                fix: "make the Service selector match the labels of the workload's pod template"))
        }
        return out
    }
}
