import PromQL

/// One alert of an alerting rule: its identity (labels) and where it is in the
/// inactive → pending → firing cycle, as Prometheus keeps it between evaluations.
public struct Alert: Sendable {
    /// Pending: the expression returned it for less than `for`. Firing: for at least `for`
    /// (or kept by `keep_firing_for`). Inactive: resolved, kept a while for notification.
    public enum State: String, Sendable {
        case inactive, pending, firing
    }

    public var labels: Labels
    /// Expanded annotations; unlike labels, an annotation that expands to "" is kept.
    public var annotations: [String: String]
    public var state: State
    /// When the expression first returned it (milliseconds).
    public var activeAt: Int64
    public var value: Double
    public var firedAt: Int64?
    public var resolvedAt: Int64?
    /// When `keep_firing_for` started holding it after the expression stopped returning it.
    public var keepFiringSince: Int64?
}

/// An alerting rule's alerts across evaluations.
final class AlertingRuleState {
    let rule: Rule
    /// Alerts by label set, in no particular order.
    var active: [Labels: Alert] = [:]
    /// How long a resolved alert is kept (Prometheus: 15 minutes).
    static let resolvedRetention: Int64 = 15 * 60_000

    /// The rule's labels before template expansion.
    let rawRuleLabels: Labels

    init(rule: Rule) {
        self.rule = rule
        var raw: [String: String] = [:]
        for (n, v) in rule.labels { raw[n] = v }
        rawRuleLabels = Labels(raw)
    }

    /// What one evaluation of the rule needs from its surroundings.
    struct Environment {
        var externalLabels: [String: String]
        var externalURL: String
        /// Runs a template's `query` at the evaluation time.
        var query: (String) throws -> [TemplateQuerySample]
    }

    /// Applies one evaluation's result at `ts` and returns the `ALERTS` and
    /// `ALERTS_FOR_STATE` samples to write.
    func apply(_ result: [Sample], at ts: Int64, limit: Int, environment env: Environment) throws(RuleEvaluationError) -> [Sample] {
        var fresh: [Labels: Alert] = [:]
        for s in result {
            var templateLabels: [String: String] = [:]
            for (n, v) in s.labels.pairs { templateLabels[n] = v }
            let context = AlertTemplateContext(labels: templateLabels, externalLabels: env.externalLabels, externalURL: env.externalURL, value: s.v)
            func expand(_ text: String) -> String {
                AlertTemplate.expand(text, ruleName: rule.name, context: context, query: env.query)
            }
            var labels = s.labels.droppingName
            for (n, v) in rule.labels {
                let x = expand(v)
                labels = x.isEmpty ? labels.removing([n]) : labels.setting(n, x)
            }
            labels = labels.setting("alertname", rule.name)
            var annotations: [String: String] = [:]
            for (n, v) in rule.annotations { annotations[n] = expand(v) }
            if fresh[labels] != nil {
                throw RuleEvaluationError("vector contains metrics with the same labelset after applying alert labels")
            }
            fresh[labels] = Alert(labels: labels, annotations: annotations, state: .pending, activeAt: ts, value: s.v)
        }
        for (l, a) in fresh {
            if var existing = active[l], existing.state != .inactive {
                existing.value = a.value
                existing.annotations = a.annotations
                active[l] = existing
            } else {
                active[l] = a
            }
        }
        var count = 0
        var out: [Sample] = []
        for key in Array(active.keys) {
            guard var a = active[key] else { continue }
            if fresh[key] == nil {
                var keepFiring = false
                if a.state == .firing && rule.keepFiringFor > 0 {
                    if a.keepFiringSince == nil { a.keepFiringSince = ts }
                    if ts - a.keepFiringSince! < rule.keepFiringFor { keepFiring = true }
                }
                if a.state == .pending || (a.resolvedAt.map { ts - $0 > Self.resolvedRetention } ?? false) {
                    active[key] = nil
                    continue
                }
                if a.state != .inactive && !keepFiring {
                    a.state = .inactive
                    a.resolvedAt = ts
                }
                active[key] = a
                if !keepFiring { continue }
            } else {
                a.keepFiringSince = nil
            }
            count += 1
            if a.state == .pending && ts - a.activeAt >= rule.holdDuration {
                a.state = .firing
                a.firedAt = ts
            }
            active[key] = a
            // Prometheus starts these series from the rule's labels as written (unexpanded),
            // then sets the alert's own labels over them.
            var base = rawRuleLabels
            for (n, v) in a.labels.pairs { base = base.setting(n, v) }
            out.append(Sample(labels: base.setting("__name__", "ALERTS").setting("alertstate", a.state.rawValue), t: ts, v: 1))
            out.append(Sample(labels: base.setting("__name__", "ALERTS_FOR_STATE"), t: ts, v: Double(a.activeAt / 1000)))
        }
        if limit > 0 && count > limit {
            active = [:]
            throw RuleEvaluationError("exceeded limit of \(limit) with \(count) alerts")
        }
        return out
    }

    /// Alerts now firing.
    var firing: [Alert] { active.values.filter { $0.state == .firing } }
}

/// A rule whose evaluation failed, worded as Prometheus words it.
public struct RuleEvaluationError: Error, Sendable, CustomStringConvertible {
    public let message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}
