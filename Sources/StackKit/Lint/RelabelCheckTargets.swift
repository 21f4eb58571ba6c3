import YAML

/// One scrape target a monitor will have, as far as the stack tells: what it is (`Service
/// monitoring/api, pods of Deployment monitoring/api`) and the labels it reaches the monitor's
/// own relabelings with (service discovery's meta labels and the operator's target labels).
struct RelabelTarget {
    var name: String
    var labels: RelabelLabels
}

/// The targets of ServiceMonitor endpoints, PodMonitor endpoints and static Probes, built from
/// the Services and workloads of the stack. `nil` means "cannot tell" (nothing in the stack is
/// selected: the targets live elsewhere).
enum RelabelTargets {
    /// Labels Kubernetes controllers add to pods beyond the template's.
    static let controllerPodLabels = ["pod-template-hash", "controller-revision-hash", "pod-template-generation",
                                      "statefulset.kubernetes.io/pod-name", "apps.kubernetes.io/pod-index"]

    static func podTemplateLabels(_ w: KubeObject) -> [String: String] {
        w["spec", "template", "metadata", "labels"]?.stringMap ?? [:]
    }

    /// Adds the meta labels of a workload's pods: template labels (complete but for the ones
    /// controllers add) and annotations (admission may add more, so only present ones count).
    static func addPod(_ w: KubeObject, to l: inout RelabelLabels) {
        for (k, v) in podTemplateLabels(w) {
            l.known["__meta_kubernetes_pod_label_" + LintSelectors.sanitize(k)] = v
            l.known["__meta_kubernetes_pod_labelpresent_" + LintSelectors.sanitize(k)] = "true"
        }
        for (k, v) in w["spec", "template", "metadata", "annotations"]?.stringMap ?? [:] {
            l.known["__meta_kubernetes_pod_annotation_" + LintSelectors.sanitize(k)] = v
            l.known["__meta_kubernetes_pod_annotationpresent_" + LintSelectors.sanitize(k)] = "true"
        }
        l.completePrefixes += ["__meta_kubernetes_pod_label_", "__meta_kubernetes_pod_labelpresent_"]
        for k in controllerPodLabels {
            l.unknownNames.insert("__meta_kubernetes_pod_label_" + LintSelectors.sanitize(k))
            l.unknownNames.insert("__meta_kubernetes_pod_labelpresent_" + LintSelectors.sanitize(k))
        }
    }

    /// The Services a ServiceMonitor selects (its `selector` over the Services of the
    /// namespaces of its `namespaceSelector`).
    static func services(of monitor: KubeObject, in context: LintContext) -> [KubeObject] {
        context.services.filter {
            LintSelectors.monitorNamespaces(of: monitor, in: context, include: context.namespace(of: $0))
                && LintSelectors.labelSelector(monitor["spec", "selector"], matches: $0.labels) == true
        }
    }

    /// The job of a ServiceMonitor whose Services are not in the stack (the kubelet Service the
    /// operator manages, CoreDNS in kube-system): when its selector fixes the `jobLabel` label
    /// with matchLabels, every selected Service carries that value, and it is the job, unless
    /// the target relabelings rewrite `job`. `nil` when it cannot be told.
    static func impliedJobs(_ monitor: KubeObject, steps: [RelabelStep]) -> Set<String>? {
        guard monitor.kind == "ServiceMonitor",
              let jobLabel = monitor["spec", "jobLabel"]?.stringValue, !jobLabel.isEmpty,
              let value = monitor["spec", "selector", "matchLabels"]?.stringMap[jobLabel], !value.isEmpty
        else { return nil }
        if steps.contains(where: { $0.targetLabel == "job" || ["labelmap", "labeldrop", "labelkeep"].contains($0.action ?? "") }) {
            return nil
        }
        return [value]
    }

    /// The targets of one ServiceMonitor endpoint: one per selected Service and workload behind
    /// it (or per Service, pods unknown, when no workload of the stack backs it).
    static func serviceMonitor(_ monitor: KubeObject, endpoint: YAMLEmitValue, in context: LintContext) -> [RelabelTarget]? {
        let selected = services(of: monitor, in: context)
        if selected.isEmpty { return nil }
        let port = endpoint.at(["port"])?.stringValue
        let jobLabel = monitor["spec", "jobLabel"]?.stringValue ?? ""
        let targetLabels = monitor["spec", "targetLabels"]?.arrayValue.compactMap(\.stringValue) ?? []
        let podTargetLabels = monitor["spec", "podTargetLabels"]?.arrayValue.compactMap(\.stringValue) ?? []
        var out: [RelabelTarget] = []
        for s in selected {
            let ns = context.namespace(of: s)
            var l = RelabelLabels()
            l.known["__meta_kubernetes_namespace"] = ns
            l.known["__meta_kubernetes_service_name"] = s.name
            for (k, v) in s.labels {
                l.known["__meta_kubernetes_service_label_" + LintSelectors.sanitize(k)] = v
                l.known["__meta_kubernetes_service_labelpresent_" + LintSelectors.sanitize(k)] = "true"
            }
            for (k, v) in s["metadata", "annotations"]?.stringMap ?? [:] {
                l.known["__meta_kubernetes_service_annotation_" + LintSelectors.sanitize(k)] = v
                l.known["__meta_kubernetes_service_annotationpresent_" + LintSelectors.sanitize(k)] = "true"
            }
            l.completePrefixes = ["__meta_kubernetes_service_label_", "__meta_kubernetes_service_labelpresent_",
                                  "__meta_kubernetes_service_annotation_", "__meta_kubernetes_service_annotationpresent_"]
            if let port {
                l.known["__meta_kubernetes_endpoint_port_name"] = port
                l.known["endpoint"] = port
            }
            l.known["namespace"] = ns
            l.known["service"] = s.name
            let jobValue = s.labels[jobLabel].flatMap { $0.isEmpty ? nil : $0 } ?? s.name
            l.known["job"] = jobLabel.isEmpty ? s.name : jobValue
            for t in targetLabels { l.known[LintSelectors.sanitize(t)] = s.labels[t] ?? "" }
            let backing = context.workloads.filter {
                context.namespace(of: $0) == ns && LintSelectors.serviceSelector(s, matches: podTemplateLabels($0)) == true
            }
            if backing.isEmpty {
                for t in podTargetLabels { l.set(LintSelectors.sanitize(t), nil) }
                out.append(RelabelTarget(name: "Service \(ns)/\(s.name)", labels: l))
            }
            for w in backing {
                var pl = l
                addPod(w, to: &pl)
                for t in podTargetLabels { pl.known[LintSelectors.sanitize(t)] = podTemplateLabels(w)[t] ?? "" }
                out.append(RelabelTarget(name: "Service \(ns)/\(s.name) (pods of \(w.kind) \(w.name))", labels: pl))
            }
        }
        return out
    }

    /// The targets of one PodMonitor endpoint: the pods of the selected workloads.
    static func podMonitor(_ monitor: KubeObject, endpoint: YAMLEmitValue, in context: LintContext) -> [RelabelTarget]? {
        let selected = context.workloads.filter {
            LintSelectors.monitorNamespaces(of: monitor, in: context, include: context.namespace(of: $0))
                && LintSelectors.labelSelector(monitor["spec", "selector"], matches: podTemplateLabels($0)) == true
        }
        if selected.isEmpty { return nil }
        let port = endpoint.at(["port"])?.stringValue
        let jobLabel = monitor["spec", "jobLabel"]?.stringValue ?? ""
        let podTargetLabels = monitor["spec", "podTargetLabels"]?.arrayValue.compactMap(\.stringValue) ?? []
        return selected.map { w in
            let ns = context.namespace(of: w)
            var l = RelabelLabels()
            l.known["__meta_kubernetes_namespace"] = ns
            addPod(w, to: &l)
            if let port {
                l.known["__meta_kubernetes_pod_container_port_name"] = port
                l.known["endpoint"] = port
            }
            l.known["namespace"] = ns
            let pod = podTemplateLabels(w)
            let jobValue = pod[jobLabel].flatMap { $0.isEmpty ? nil : $0 }
            l.known["job"] = jobValue ?? "\(context.namespace(of: monitor))/\(monitor.name)"
            for t in podTargetLabels { l.known[LintSelectors.sanitize(t)] = pod[t] ?? "" }
            return RelabelTarget(name: "pods of \(w.kind) \(ns)/\(w.name)", labels: l)
        }
    }

    /// The job label of a Probe's targets: `jobName`, else `probe/<namespace>/<name>`.
    static func probeJob(_ probe: KubeObject, in context: LintContext) -> String {
        if let j = probe["spec", "jobName"]?.stringValue, !j.isEmpty { return j }
        return "probe/\(context.namespace(of: probe))/\(probe.name)"
    }

    /// The targets of a Probe's `targets.staticConfig`: one per static URL, with no service
    /// discovery meta labels at all.
    static func probeStatic(_ probe: KubeObject, in context: LintContext) -> [RelabelTarget]? {
        guard let cfg = probe["spec", "targets", "staticConfig"] else { return nil }
        let statics = cfg.at(["static"])?.arrayValue.compactMap(\.stringValue) ?? []
        let extra = cfg.at(["labels"])?.stringMap ?? [:]
        return statics.map { url in
            var l = RelabelLabels()
            for (k, v) in extra { l.known[k] = v }
            l.known["__param_target"] = url
            l.known["instance"] = url
            if let m = probe["spec", "module"]?.stringValue { l.known["__param_module"] = m }
            l.known["job"] = probeJob(probe, in: context)
            l.completePrefixes = ["__meta_"]
            return RelabelTarget(name: "static target \(url)", labels: l)
        }
    }
}
