/// The objects a lint run looks at, indexed the ways checks need them.
public final class LintContext: @unchecked Sendable {
    public let objects: [KubeObject]
    /// Checks a label or annotation template of an alerting rule; returns the error, or nil
    /// when it parses. (Template parsing lives in RuleTesting; the caller supplies it.)
    public let templateError: (@Sendable (_ text: String, _ alertName: String) -> String?)?

    public init(objects: [KubeObject], templateError: (@Sendable (String, String) -> String?)? = nil) {
        self.objects = objects
        self.templateError = templateError
    }

    /// Objects of one kind (and API group, when given), in input order.
    public func objects(kind: String, group: String? = nil) -> [KubeObject] {
        objects.filter { $0.kind == kind && (group == nil || $0.group == group!) }
    }

    public lazy var services: [KubeObject] = objects(kind: "Service", group: "")
    public lazy var serviceMonitors: [KubeObject] = objects(kind: "ServiceMonitor", group: "monitoring.coreos.com")
    public lazy var podMonitors: [KubeObject] = objects(kind: "PodMonitor", group: "monitoring.coreos.com")
    public lazy var probes: [KubeObject] = objects(kind: "Probe", group: "monitoring.coreos.com")
    public lazy var prometheuses: [KubeObject] = objects(kind: "Prometheus", group: "monitoring.coreos.com")
    public lazy var prometheusRules: [KubeObject] = objects(kind: "PrometheusRule", group: "monitoring.coreos.com")
    public lazy var networkPolicies: [KubeObject] = objects(kind: "NetworkPolicy", group: "networking.k8s.io")
    public lazy var namespaces: [KubeObject] = objects(kind: "Namespace", group: "")
    /// Namespaces the stack puts Services or workloads in.
    public lazy var stackNamespaces: Set<String> = makeStackNamespaces()
    /// Every namespace the stack mentions.
    public lazy var knownNamespaces: Set<String> = makeKnownNamespaces()
    /// Pod templates of workloads and of operator-run pods (see ``makePodTemplates()``).
    public lazy var podTemplates: [PodTemplate] = makePodTemplates()
    /// Deployments, DaemonSets and StatefulSets.
    public lazy var workloads: [KubeObject] = objects.filter { ["Deployment", "DaemonSet", "StatefulSet"].contains($0.kind) && $0.group == "apps" }

    /// The namespace an object lives in: its own, else `default` for namespaced kinds.
    public func namespace(of o: KubeObject) -> String { o.namespace.isEmpty ? "default" : o.namespace }
}

/// One family of checks.
public protocol LintCheck: Sendable {
    /// The rules this check can report.
    var rules: [LintRule] { get }
    func run(_ context: LintContext) -> [LintFinding]
}
