import YAML

/// The pieces scrape checks reason about: Services with their ports, pod templates with
/// their labels and container ports, and which Services a monitor selects.
extension LintContext {
    /// One port of a Service.
    public struct ServicePort: Sendable {
        public var name: String
        public var port: Int
        /// A number, or a container port's name.
        public var targetPort: String
    }

    /// The pods a workload (or bare Pod) makes: namespace, labels and container ports.
    public struct PodTemplate: Sendable {
        public var owner: KubeObject
        public var namespace: String
        public var labels: [String: String]
        public var ports: [(name: String, number: Int)]
    }

    public func ports(of service: KubeObject) -> [ServicePort] {
        (service["spec", "ports"]?.arrayValue ?? []).map { p in
            let port = p.at(["port"])?.intValue ?? 0
            var target = String(port)
            if let t = p.at(["targetPort"]) {
                if let s = t.stringValue { target = s } else if let n = t.intValue { target = String(n) }
            }
            return ServicePort(name: p.at(["name"])?.stringValue ?? "", port: port, targetPort: target)
        }
    }

    /// Pod templates of Deployments, DaemonSets, StatefulSets, bare Pods, and the pods the
    /// operator runs for Prometheus and Alertmanager objects (``podTemplates`` caches this).
    func makePodTemplates() -> [PodTemplate] {
        var out: [PodTemplate] = []
        for w in workloads {
            out.append(template(owner: w, spec: w["spec", "template"]))
        }
        for p in objects(kind: "Pod", group: "") {
            out.append(template(owner: p, spec: p.value))
        }
        // Pods the Prometheus operator runs for Prometheus and Alertmanager objects.
        for p in prometheuses {
            // web, and the config-reloader sidecar's reloader-web; a Thanos sidecar adds grpc and http.
            var ports: [(String, Int)] = [("web", 9090), ("reloader-web", 8080)]
            if let thanos = p["spec", "thanos"], thanos != .null { ports += [("grpc", 10901), ("http", 10902)] }
            out.append(PodTemplate(owner: p, namespace: namespace(of: p), labels: podLabels(ofPrometheus: p), ports: ports))
        }
        for a in objects(kind: "Alertmanager", group: "monitoring.coreos.com") {
            var labels = a["spec", "podMetadata", "labels"]?.stringMap ?? [:]
            labels["app.kubernetes.io/name"] = "alertmanager"
            labels["app.kubernetes.io/instance"] = a.name
            labels["app.kubernetes.io/managed-by"] = "prometheus-operator"
            labels["alertmanager"] = a.name
            out.append(PodTemplate(owner: a, namespace: namespace(of: a), labels: labels, ports: [("web", 9093), ("mesh-tcp", 9094), ("reloader-web", 8080)]))
        }
        return out
    }

    private func template(owner: KubeObject, spec: YAMLEmitValue?) -> PodTemplate {
        var ports: [(String, Int)] = []
        for c in spec?.at(["spec", "containers"])?.arrayValue ?? [] {
            for p in c.at(["ports"])?.arrayValue ?? [] {
                ports.append((p.at(["name"])?.stringValue ?? "", p.at(["containerPort"])?.intValue ?? 0))
            }
        }
        return PodTemplate(owner: owner, namespace: namespace(of: owner), labels: spec?.at(["metadata", "labels"])?.stringMap ?? [:], ports: ports)
    }

    /// Pod templates a Service's selector picks in its namespace (none for a Service without
    /// a selector: its endpoints are managed by hand).
    public func backingPods(of service: KubeObject) -> [PodTemplate] {
        let sel = service["spec", "selector"]?.stringMap ?? [:]
        if sel.isEmpty { return [] }
        let ns = namespace(of: service)
        return podTemplates.filter { $0.namespace == ns && LabelSelector(equalities: sel).matches($0.labels) }
    }

    /// Labels of a namespace: its Namespace object's, plus the name label Kubernetes adds.
    public func namespaceLabels(_ name: String) -> [String: String] {
        var labels = namespaces.first { $0.name == name }?.labels ?? [:]
        labels["kubernetes.io/metadata.name"] = name
        return labels
    }

    /// Namespaces the stack puts Services or workloads in (``stackNamespaces`` caches this).
    func makeStackNamespaces() -> Set<String> {
        Set((services + workloads + objects(kind: "Pod", group: "")).map { namespace(of: $0) })
    }

    /// Every namespace the stack mentions (``knownNamespaces`` caches this).
    func makeKnownNamespaces() -> Set<String> {
        Set(objects.map { namespace(of: $0) } + namespaces.map(\.name))
    }

    /// The namespaces a monitor's `namespaceSelector` covers: `any: true` (nil: all),
    /// `matchNames`, else the monitor's own.
    public func monitoredNamespaces(_ monitor: KubeObject) -> Set<String>? {
        let sel = monitor["spec", "namespaceSelector"]
        if case .bool(true)? = sel?.at(["any"]) { return nil }
        let names = (sel?.at(["matchNames"])?.arrayValue ?? []).compactMap(\.stringValue)
        return names.isEmpty ? [namespace(of: monitor)] : Set(names)
    }

    /// Services a ServiceMonitor selects.
    public func services(selectedBy monitor: KubeObject) -> [KubeObject] {
        guard let selector = LabelSelector(monitor["spec", "selector"]) else { return [] }
        let namespaces = monitoredNamespaces(monitor)
        return services.filter { s in
            (namespaces?.contains(namespace(of: s)) ?? true) && selector.matches(s.labels)
        }
    }

    /// Labels the Prometheus operator gives a Prometheus object's pods.
    public func podLabels(ofPrometheus p: KubeObject) -> [String: String] {
        var labels = p["spec", "podMetadata", "labels"]?.stringMap ?? [:]
        labels["app.kubernetes.io/name"] = "prometheus"
        labels["app.kubernetes.io/instance"] = p.name
        labels["app.kubernetes.io/managed-by"] = "prometheus-operator"
        labels["prometheus"] = p.name
        return labels
    }

    /// Whether a Prometheus picks up a monitor through its selectors for `kind`
    /// (`serviceMonitor`, `podMonitor`, `probe`): a missing selector picks nothing, an empty one
    /// everything; a missing namespace selector means the Prometheus' own namespace.
    public func prometheus(_ p: KubeObject, selects monitor: KubeObject, kind: String) -> Bool {
        guard let sel = LabelSelector(p["spec", "\(kind)Selector"]) else { return false }
        guard sel.matches(monitor.labels) else { return false }
        let ns = namespace(of: monitor)
        guard let nsSel = LabelSelector(p["spec", "\(kind)NamespaceSelector"]) else { return ns == namespace(of: p) }
        return nsSel.matches(namespaceLabels(ns))
    }
}
