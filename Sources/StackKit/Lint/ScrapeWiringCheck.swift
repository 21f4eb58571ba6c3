import YAML

/// Scrape wiring: every metrics port is monitored, every monitor selects something that has
/// the port it names, a Prometheus picks the monitor up, and nothing (network policy, RBAC)
/// keeps Prometheus from the targets.
public struct ScrapeWiringCheck: LintCheck {
    public static let noMonitor = LintRule("scrape/no-monitor", .warning, "a Service or workload exposes a metrics port that no ServiceMonitor or PodMonitor reaches")
    public static let matchesNothing = LintRule("scrape/selector-matches-nothing", .error, "a ServiceMonitor or PodMonitor selects no Service or pod")
    public static let portNotFound = LintRule("scrape/port-not-found", .error, "a monitor endpoint names a port the selected Services or pods do not have")
    public static let notSelected = LintRule("scrape/monitor-not-selected", .error, "no Prometheus picks the monitor up (its monitor and namespace selectors)")
    public static let policyBlocks = LintRule("scrape/networkpolicy-blocks", .error, "a NetworkPolicy keeps Prometheus' pods away from the scraped port")
    public static let rbac = LintRule("scrape/rbac-endpoints", .error, "Prometheus' service account may not list endpoints in the monitored namespace")

    public init() {}

    public var rules: [LintRule] { [Self.noMonitor, Self.matchesNothing, Self.portNotFound, Self.notSelected, Self.policyBlocks, Self.rbac] }

    public func run(_ ctx: LintContext) -> [LintFinding] {
        var out: [LintFinding] = []
        var monitored = Set<ObjectIdentity>()
        for m in ctx.serviceMonitors {
            let selected = ctx.services(selectedBy: m)
            selected.forEach { monitored.insert(ObjectIdentity($0)) }
            let selector = LabelSelector(m["spec", "selector"])?.description ?? "(none)"
            // Namespaces the stack puts nothing in (kube-system, default) hold Services the
            // stack cannot see; only judge monitors looking at the stack's own namespaces.
            let judged = ctx.monitoredNamespaces(m).map { !$0.isDisjoint(with: ctx.stackNamespaces) } ?? true
            if selected.isEmpty && judged {
                out.append(LintFinding(rule: Self.matchesNothing, object: m,
                    message: "selector \(selector) in namespaces \(describe(ctx.monitoredNamespaces(m))) matches no Service",
                    fix: "make spec.selector match the labels of the Service to scrape, or spec.namespaceSelector name its namespace"))
            }
            for (i, e) in (m["spec", "endpoints"]?.arrayValue ?? []).enumerated() {
                if let port = e.at(["port"])?.stringValue, !selected.isEmpty {
                    let lacking = selected.filter { s in !ctx.ports(of: s).contains { $0.name == port } }
                    if !lacking.isEmpty {
                        let names = lacking.map { s in "\(s.reference) (ports: \(ctx.ports(of: s).map { $0.name.isEmpty ? String($0.port) : $0.name }.joined(separator: ", ")))" }
                        out.append(LintFinding(rule: Self.portNotFound, object: m,
                            message: "endpoints[\(i)].port \"\(port)\" is not a port name of \(names.joined(separator: "; "))",
                            fix: "use the name of the Service port that serves metrics"))
                    }
                }
            }
            out += selectionFindings(ctx, monitor: m, kind: "serviceMonitor")
            out += policyFindings(ctx, monitor: m, services: selected)
            out += rbacFindings(ctx, monitor: m)
        }
        for m in ctx.podMonitors {
            let selector = LabelSelector(m["spec", "selector"])
            let namespaces = ctx.monitoredNamespaces(m)
            let pods = ctx.podTemplates.filter { p in
                (namespaces?.contains(p.namespace) ?? true) && (selector?.matches(p.labels) ?? false)
            }
            if pods.isEmpty && (namespaces.map { !$0.isDisjoint(with: ctx.stackNamespaces) } ?? true) {
                out.append(LintFinding(rule: Self.matchesNothing, object: m,
                    message: "selector \(selector?.description ?? "(none)") in namespaces \(describe(namespaces)) matches no pod template",
                    fix: "make spec.selector match the pod template labels of the workload to scrape"))
            }
            for (i, e) in (m["spec", "podMetricsEndpoints"]?.arrayValue ?? []).enumerated() {
                if let port = e.at(["port"])?.stringValue, !pods.isEmpty, pods.allSatisfy({ !$0.ports.contains { $0.name == port } }) {
                    out.append(LintFinding(rule: Self.portNotFound, object: m,
                        message: "podMetricsEndpoints[\(i)].port \"\(port)\" is not a container port name of \(pods.map(\.owner.reference).joined(separator: ", "))",
                        fix: "use the name of the container port that serves metrics"))
                }
            }
            out += selectionFindings(ctx, monitor: m, kind: "podMonitor")
        }
        // Workloads with a metrics container port that neither a monitored Service nor a
        // PodMonitor reaches.
        var reached = Set<ObjectIdentity>()
        var fronted = Set<ObjectIdentity>()
        for s in ctx.services {
            let owners = ctx.backingPods(of: s).map { ObjectIdentity($0.owner) }
            fronted.formUnion(owners)
            if monitored.contains(ObjectIdentity(s)) { reached.formUnion(owners) }
        }
        for m in ctx.podMonitors {
            let selector = LabelSelector(m["spec", "selector"])
            let namespaces = ctx.monitoredNamespaces(m)
            for p in ctx.podTemplates where (namespaces?.contains(p.namespace) ?? true) && (selector?.matches(p.labels) ?? false) {
                reached.insert(ObjectIdentity(p.owner))
            }
        }
        for p in ctx.podTemplates where p.owner.group == "apps" && !reached.contains(ObjectIdentity(p.owner)) {
            guard let port = p.ports.first(where: { Self.looksLikeMetrics($0.name) }) else { continue }
            // A Service in front of it that no ServiceMonitor selects is reported on the Service.
            if fronted.contains(ObjectIdentity(p.owner)) { continue }
            out.append(LintFinding(rule: Self.noMonitor, object: p.owner,
                message: "container port \"\(port.name)\" looks like a metrics port but no PodMonitor (or monitored Service) reaches these pods",
                fix: "add a PodMonitor whose selector matches the pod template labels, or a Service and ServiceMonitor in front of it"))
        }
        for s in ctx.services where !monitored.contains(ObjectIdentity(s)) {
            let metricPorts = ctx.ports(of: s).filter { Self.looksLikeMetrics($0.name) }
            if let p = metricPorts.first {
                out.append(LintFinding(rule: Self.noMonitor, object: s,
                    message: "port \"\(p.name)\" looks like a metrics port but no ServiceMonitor selects this Service",
                    fix: "add a ServiceMonitor whose selector matches this Service's labels (or rename the port if it serves no metrics)"))
            }
        }
        return out
    }

    /// Port names that conventionally serve Prometheus metrics.
    static func looksLikeMetrics(_ name: String) -> Bool {
        name == "metrics" || name.hasSuffix("-metrics") || name.hasPrefix("metrics-")
    }

    private func describe(_ namespaces: Set<String>?) -> String {
        guard let namespaces else { return "(any)" }
        return namespaces.sorted().joined(separator: ", ")
    }

    private func selectionFindings(_ ctx: LintContext, monitor m: KubeObject, kind: String) -> [LintFinding] {
        guard !ctx.prometheuses.isEmpty else { return [] }
        if ctx.prometheuses.contains(where: { ctx.prometheus($0, selects: m, kind: kind) }) { return [] }
        let names = ctx.prometheuses.map(\.reference).joined(separator: ", ")
        return [LintFinding(rule: Self.notSelected, object: m,
            message: "no Prometheus picks this \(m.kind) up: \(names) \(ctx.prometheuses.count == 1 ? "has" : "have") spec.\(kind)Selector/\(kind)NamespaceSelector that do not match its labels \(LabelSelector(equalities: m.labels).description) in namespace \(ctx.namespace(of: m))",
            fix: "give the \(m.kind) the labels the Prometheus selects, or widen spec.\(kind)Selector / spec.\(kind)NamespaceSelector")]
    }

    /// Prometheus pods must reach each scraped container port through every NetworkPolicy
    /// that isolates the backing pods.
    private func policyFindings(_ ctx: LintContext, monitor m: KubeObject, services: [KubeObject]) -> [LintFinding] {
        let scrapers = ctx.prometheuses.filter { ctx.prometheus($0, selects: m, kind: "serviceMonitor") }
        guard !scrapers.isEmpty, !ctx.networkPolicies.isEmpty else { return [] }
        var out: [LintFinding] = []
        for e in m["spec", "endpoints"]?.arrayValue ?? [] {
            guard let portName = e.at(["port"])?.stringValue else { continue }
            for s in services {
                guard let sp = ctx.ports(of: s).first(where: { $0.name == portName }) else { continue }
                for pod in ctx.backingPods(of: s) {
                    let target = NetworkPolicyModel.Port(pod: pod, servicePort: sp)
                    // A named targetPort the pod template does not list: its number is unknown,
                    // so whether a numeric policy port admits it cannot be told.
                    if target.number == 0 { continue }
                    let isolating = ctx.networkPolicies.filter { NetworkPolicyModel.isolatesIngress($0, pod: pod, ctx) }
                    if isolating.isEmpty { continue }
                    let blocked = scrapers.filter { p in
                        !isolating.contains { NetworkPolicyModel.allows($0, from: ctx.podLabels(ofPrometheus: p), namespace: ctx.namespace(of: p), to: target, ctx) }
                    }
                    if let p = blocked.first {
                        out.append(LintFinding(rule: Self.policyBlocks, object: isolating[0],
                            message: "\(isolating.map(\.reference).joined(separator: ", ")) isolate\(isolating.count == 1 ? "s" : "") \(pod.owner.reference) but no ingress rule admits \(p.reference)'s pods to port \(target.description) (scraped through \(s.reference) by \(m.reference))",
                            fix: "add an ingress rule whose from selects the Prometheus pods (e.g. app.kubernetes.io/name=prometheus in namespace \(ctx.namespace(of: p))) and whose ports include \(target.description)"))
                    }
                }
            }
        }
        return out
    }

    /// When the stack binds roles to a Prometheus' service account, one of them must let it
    /// list endpoints (or endpointslices) in each namespace its monitors cover.
    private func rbacFindings(_ ctx: LintContext, monitor m: KubeObject) -> [LintFinding] {
        var out: [LintFinding] = []
        for p in ctx.prometheuses where ctx.prometheus(p, selects: m, kind: "serviceMonitor") {
            let account = p["spec", "serviceAccountName"]?.stringValue ?? "default"
            let rbac = RBACModel(ctx, account: account, namespace: ctx.namespace(of: p))
            guard rbac.hasBindings else { continue }
            let namespaces = ctx.monitoredNamespaces(m).map { Array($0).sorted() } ?? Array(ctx.knownNamespaces).sorted()
            for ns in namespaces where !rbac.canList(resources: ["endpoints", "endpointslices"], in: ns) {
                out.append(LintFinding(rule: Self.rbac, object: m,
                    message: "\(p.reference) runs as service account \(ctx.namespace(of: p))/\(account), which no Role or ClusterRole binding lets list endpoints in namespace \(ns)",
                    fix: "bind a Role in \(ns) (or a ClusterRole) granting get/list/watch on services, endpoints and pods to that service account"))
            }
        }
        return out
    }
}
