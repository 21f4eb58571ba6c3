import YAML

/// Kubernetes NetworkPolicy ingress semantics, enough to decide whether a pod may reach a
/// container port: policies selecting a pod isolate it for ingress; then only traffic some
/// rule of one of them admits gets through.
enum NetworkPolicyModel {
    /// A container port as the policy sees it: number and, when named, name.
    struct Port: CustomStringConvertible {
        var number: Int
        var name: String

        /// The container port a Service port's targetPort reaches on `pod`.
        init(pod: LintContext.PodTemplate, servicePort: LintContext.ServicePort) {
            if let n = Int(servicePort.targetPort) {
                number = n
                name = pod.ports.first { $0.number == n }?.name ?? ""
            } else {
                name = servicePort.targetPort
                number = pod.ports.first { $0.name == servicePort.targetPort }?.number ?? 0
            }
        }

        var description: String { name.isEmpty ? String(number) : "\(number) (\(name))" }
    }

    static func isolatesIngress(_ policy: KubeObject, pod: LintContext.PodTemplate, _ ctx: LintContext) -> Bool {
        guard ctx.namespace(of: policy) == pod.namespace else { return false }
        guard (LabelSelector(policy["spec", "podSelector"]) ?? LabelSelector(equalities: [:])).matches(pod.labels) else { return false }
        let types = (policy["spec", "policyTypes"]?.arrayValue ?? []).compactMap(\.stringValue)
        return types.isEmpty || types.contains("Ingress")
    }

    static func allows(_ policy: KubeObject, from labels: [String: String], namespace: String, to port: Port, _ ctx: LintContext) -> Bool {
        for rule in policy["spec", "ingress"]?.arrayValue ?? [] {
            if portsAllow(rule.at(["ports"])?.arrayValue, port) && peersAllow(rule.at(["from"])?.arrayValue, labels, namespace, policy, ctx) {
                return true
            }
        }
        return false
    }

    private static func portsAllow(_ ports: [YAMLEmitValue]?, _ port: Port) -> Bool {
        guard let ports, !ports.isEmpty else { return true }
        return ports.contains { p in
            let proto = p.at(["protocol"])?.stringValue ?? "TCP"
            guard proto == "TCP" else { return false }
            guard let value = p.at(["port"]) else { return true }
            if let name = value.stringValue { return !port.name.isEmpty && name == port.name }
            guard let n = value.intValue else { return false }
            if let end = p.at(["endPort"])?.intValue { return n <= port.number && port.number <= end }
            return n == port.number
        }
    }

    private static func peersAllow(_ peers: [YAMLEmitValue]?, _ labels: [String: String], _ namespace: String, _ policy: KubeObject, _ ctx: LintContext) -> Bool {
        guard let peers, !peers.isEmpty else { return true }
        return peers.contains { peer in
            let podSel = LabelSelector(peer.at(["podSelector"]))
            let nsSel = LabelSelector(peer.at(["namespaceSelector"]))
            if podSel == nil && nsSel == nil { return false }
            if let nsSel {
                guard nsSel.matches(ctx.namespaceLabels(namespace)) else { return false }
            } else if namespace != ctx.namespace(of: policy) {
                return false
            }
            return podSel?.matches(labels) ?? true
        }
    }
}

/// What the stack's Roles, ClusterRoles and bindings grant one service account.
struct RBACModel {
    private let grants: [(namespace: String?, rules: [YAMLEmitValue])]
    /// Whether any binding in the stack names the service account at all.
    let hasBindings: Bool

    init(_ ctx: LintContext, account: String, namespace: String) {
        var grants: [(String?, [YAMLEmitValue])] = []
        var any = false
        for b in ctx.objects where b.group == "rbac.authorization.k8s.io" && (b.kind == "RoleBinding" || b.kind == "ClusterRoleBinding") {
            let subjects = b["subjects"]?.arrayValue ?? []
            let names = subjects.contains { s in
                s.at(["kind"])?.stringValue == "ServiceAccount" && s.at(["name"])?.stringValue == account
                    && (s.at(["namespace"])?.stringValue ?? ctx.namespace(of: b)) == namespace
            }
            guard names else { continue }
            any = true
            let roleKind = b["roleRef", "kind"]?.stringValue ?? ""
            let roleName = b["roleRef", "name"]?.stringValue ?? ""
            let scope: String? = b.kind == "RoleBinding" ? ctx.namespace(of: b) : nil
            let role = ctx.objects.first { r in
                r.kind == roleKind && r.name == roleName && r.group == "rbac.authorization.k8s.io"
                    && (roleKind == "ClusterRole" || ctx.namespace(of: r) == scope)
            }
            if let role { grants.append((scope, role["rules"]?.arrayValue ?? [])) }
        }
        self.grants = grants
        hasBindings = any
    }

    /// Whether some grant allows `list` on one of `resources` in `namespace`.
    func canList(resources: [String], in namespace: String) -> Bool {
        grants.contains { g in
            (g.namespace == nil || g.namespace == namespace) && g.rules.contains { r in
                let verbs = (r.at(["verbs"])?.arrayValue ?? []).compactMap(\.stringValue)
                let res = (r.at(["resources"])?.arrayValue ?? []).compactMap(\.stringValue)
                return (verbs.contains("list") || verbs.contains("*")) && (res.contains("*") || res.contains { resources.contains($0) })
            }
        }
    }
}
