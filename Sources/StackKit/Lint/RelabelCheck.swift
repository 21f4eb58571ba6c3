import PromQL
import YAML

/// Relabel configs of ServiceMonitors (`endpoints[].relabelings`, `metricRelabelings`),
/// PodMonitors (`podMetricsEndpoints[]`) and Probes (`metricRelabelings`,
/// `targets.staticConfig.relabelingConfigs`, `targets.ingress.relabelingConfigs`).
///
/// What: configs Prometheus or the operator refuses (unknown action, regex that is not RE2, a
/// field the action needs or forbids, a labelmap replacement that yields no label name), a
/// `keep` that no target the monitor selects can pass, and a metric relabeling that drops a
/// metric some alerting or recording rule reads.
///
/// Why: the operator drops a monitor with an invalid config from the generated Prometheus
/// configuration (its targets silently vanish); a `keep` that never matches leaves the job
/// without targets; a dropped metric leaves its alerts silent forever.
///
/// How to fix: each finding says which config and field; the check reads the Prometheus
/// `relabel_config` rules with the operator's camelCase field names.
///
/// How to disable: `--disable relabel/<rule>` or the lint configuration's `disabled` list.
public struct RelabelCheck: LintCheck {
    static let invalidAction = LintRule("relabel/invalid-action", .error,
                                        "a relabel config's action is not one Prometheus knows (replace, keep, drop, hashmod, labelmap, labeldrop, labelkeep, lowercase, uppercase, keepequal, dropequal)")
    static let invalidRegex = LintRule("relabel/invalid-regex", .error,
                                       "a relabel config's regex is not valid RE2 (Prometheus compiles it as ^(?s:regex)$)")
    static let missingField = LintRule("relabel/missing-field", .error,
                                       "a relabel config lacks a field its action needs (targetLabel, modulus, sourceLabels)")
    static let invalidField = LintRule("relabel/invalid-field", .error,
                                       "a relabel config has a field Prometheus refuses for its action (bad targetLabel, fields keepequal/labeldrop forbid, bad label names)")
    static let labelmapInvalidName = LintRule("relabel/labelmap-invalid-name", .error,
                                              "a labelmap replacement cannot yield a valid label name")
    static let keepNeverMatches = LintRule("relabel/keep-never-matches", .warning,
                                           "a keep relabeling drops every target the monitor selects in this stack")
    static let dropsUsedMetric = LintRule("relabel/drops-used-metric", .error,
                                          "a metric relabeling drops a metric that an alerting or recording rule reads")

    public init() {}

    public var rules: [LintRule] {
        [Self.invalidAction, Self.invalidRegex, Self.missingField, Self.invalidField, Self.labelmapInvalidName,
         Self.keepNeverMatches, Self.dropsUsedMetric]
    }

    public func run(_ context: LintContext) -> [LintFinding] {
        var run = Run(context: context, used: RelabelMetricUse.collect(context))
        for m in context.serviceMonitors {
            for (i, ep) in (m["spec", "endpoints"]?.arrayValue ?? []).enumerated() {
                run.endpoint(m, path: "spec.endpoints[\(i)]", endpoint: ep,
                             targets: RelabelTargets.serviceMonitor(m, endpoint: ep, in: context))
            }
        }
        for m in context.podMonitors {
            for (i, ep) in (m["spec", "podMetricsEndpoints"]?.arrayValue ?? []).enumerated() {
                run.endpoint(m, path: "spec.podMetricsEndpoints[\(i)]", endpoint: ep,
                             targets: RelabelTargets.podMonitor(m, endpoint: ep, in: context))
            }
        }
        for p in context.probes { run.probe(p) }
        return run.findings
    }

    /// One pass over the stack's relabel configs.
    struct Run {
        let context: LintContext
        let used: [UsedMetric]
        var findings: [LintFinding] = []

        init(context: LintContext, used: [UsedMetric]) {
            self.context = context
            self.used = used
        }

        /// The configs of a list field, validated; findings for the invalid ones.
        mutating func steps(_ object: KubeObject, _ list: YAMLEmitValue?, path: String) -> [RelabelStep] {
            guard let list, list != .null else { return [] }
            guard case .array(let items) = list else {
                findings.append(LintFinding(rule: RelabelCheck.invalidField, object: object,
                                            message: "\(path) is not a list of relabel configs",
                                            fix: "Write \(path) as a list of RelabelConfig objects."))
                return []
            }
            var out: [RelabelStep] = []
            for (i, item) in items.enumerated() {
                let at = "\(path)[\(i)]"
                guard let s = RelabelStep(item, path: at) else {
                    findings.append(LintFinding(rule: RelabelCheck.invalidField, object: object,
                                                message: "\(at) is not a relabel config object",
                                                fix: "Write each entry as an object with action, sourceLabels, regex, …"))
                    continue
                }
                for issue in RelabelValidation.issues(s) {
                    findings.append(LintFinding(rule: issue.rule, object: object, message: issue.message, fix: issue.fix))
                }
                out.append(s)
            }
            return out
        }

        /// A ServiceMonitor or PodMonitor endpoint: its target relabelings against the targets
        /// it selects, its metric relabelings against the rules' metrics.
        mutating func endpoint(_ object: KubeObject, path: String, endpoint: YAMLEmitValue, targets: [RelabelTarget]?) {
            let tsteps = steps(object, endpoint.at(["relabelings"]), path: path + ".relabelings")
            var jobs = keepNeverMatches(object, tsteps, targets: targets)
            if jobs == nil, targets?.isEmpty ?? true { jobs = RelabelTargets.impliedJobs(object, steps: tsteps) }
            let msteps = steps(object, endpoint.at(["metricRelabelings"]), path: path + ".metricRelabelings")
            dropsUsedMetric(object, msteps, jobs: jobs)
        }

        mutating func probe(_ p: KubeObject) {
            var jobs: Set<String>? = nil
            let staticPath = "spec.targets.staticConfig.relabelingConfigs"
            let ingressPath = "spec.targets.ingress.relabelingConfigs"
            let ssteps = steps(p, p["spec", "targets", "staticConfig", "relabelingConfigs"], path: staticPath)
            let isteps = steps(p, p["spec", "targets", "ingress", "relabelingConfigs"], path: ingressPath)
            if p["spec", "targets", "staticConfig"] != nil {
                jobs = keepNeverMatches(p, ssteps, targets: RelabelTargets.probeStatic(p, in: context))
            } else if p["spec", "targets", "ingress"] != nil, !isteps.contains(where: { $0.targetLabel == "job" || $0.action == "labelmap" }) {
                jobs = [RelabelTargets.probeJob(p, in: context)]
            }
            let msteps = steps(p, p["spec", "metricRelabelings"], path: "spec.metricRelabelings")
            dropsUsedMetric(p, msteps, jobs: jobs)
        }

        /// Reports each `keep` that drops every target; returns the job labels of the targets
        /// that survive (`nil` when unknown).
        mutating func keepNeverMatches(_ object: KubeObject, _ steps: [RelabelStep], targets: [RelabelTarget]?) -> Set<String>? {
            guard let targets, !targets.isEmpty else { return nil }
            let results = targets.map { RelabelSimulation.run(steps, $0.labels) }
            for (i, s) in steps.enumerated() where s.action == "keep" {
                guard results.allSatisfy({ ($0.droppedAt ?? Int.max) <= i }),
                      results.contains(where: { $0.droppedAt == i }) else { continue }
                let dropped = zip(targets, results).filter { $0.1.droppedAt == i }
                var parts: [String] = dropped.prefix(3).map { t, r in
                    let values = (s.sourceLabels ?? []).map { n -> String in
                        let v = r.labels.value(n) ?? ""
                        return v.isEmpty ? "\(n) is not set" : "\(n) is \(goQuote(v))"
                    }
                    return "\(t.name): \(values.joined(separator: ", "))"
                }
                if dropped.count > 3 { parts.append("and \(dropped.count - 3) more") }
                let regex = goQuote(s.regexText ?? "(.*)")
                findings.append(LintFinding(
                    rule: RelabelCheck.keepNeverMatches, object: object,
                    message: "\(s.path) (\(s.summary)) keeps none of the \(targets.count) target\(targets.count == 1 ? "" : "s") the monitor selects in this stack, so the job has no targets; regex \(regex) matches none of: \(parts.joined(separator: "; "))",
                    fix: "Make the regex match the values the targets have (the source labels are joined with \(goQuote(s.separator))), or keep on a label the selected Services or pods carry."))
            }
            var jobs: Set<String> = []
            for r in results where r.droppedAt == nil {
                guard let j = r.labels.value("job") else { return nil }
                jobs.insert(j)
            }
            return jobs
        }

        /// Reports each metric relabeling that drops metrics the rules read, one finding per
        /// config, naming the metrics and a rule reading each.
        mutating func dropsUsedMetric(_ object: KubeObject, _ steps: [RelabelStep], jobs: Set<String>?) {
            if steps.isEmpty { return }
            var byStep: [Int: [(metric: String, usedBy: String)]] = [:]
            for u in used {
                let job = RelabelMetricUse.jobMatch(u.matchers, jobs: jobs)
                if job == false { continue }
                let r = RelabelSimulation.run(steps, RelabelMetricUse.startLabels(u, steps: steps))
                guard let i = r.droppedAt else { continue }
                // A keep (or keepequal/dropequal) removes every other metric: only report
                // metrics the rule reads from this very job.
                if steps[i].action != "drop", job != true { continue }
                if byStep[i, default: []].contains(where: { $0.metric == u.name }) { continue }
                byStep[i, default: []].append((u.name, u.usedBy))
            }
            for (i, hits) in byStep.sorted(by: { $0.key < $1.key }) {
                let s = steps[i]
                var parts = hits.prefix(5).map { "\($0.metric) (read by \($0.usedBy))" }
                if hits.count > 5 { parts.append("and \(hits.count - 5) more") }
                let verb = s.action == "drop" ? "drops" : "does not keep"
                findings.append(LintFinding(
                    rule: RelabelCheck.dropsUsedMetric, object: object,
                    message: "\(s.path) (\(s.summary)) \(verb) \(hits.count == 1 ? "a metric" : "\(hits.count) metrics") that rules read: \(parts.joined(separator: "; "))",
                    fix: s.action == "drop"
                        ? "Take the metric out of the drop regex (or narrow it with another source label), or change the rules that read it."
                        : "Add the metric to the keep regex, or change the rules that read it."))
            }
        }
    }
}
