import PromQL

/// Evaluates rule groups at one timestamp after another, as Prometheus' rule manager does:
/// groups in the given order, rules in file order, each rule's output written to storage
/// before the next rule runs, and staleness markers for series a rule stopped producing.
final class GroupEvaluator {
    let groups: [RuleGroup]
    let storage: MemoryStorage
    let engine: PromQLEngine
    let externalLabels: [String: String]
    let externalURL: String
    /// Alert state per alerting rule, indexed [group][rule].
    private(set) var alertStates: [[AlertingRuleState?]]
    /// Series each rule wrote at its previous evaluation.
    private var previous: [[Set<Labels>]]

    init(groups: [RuleGroup], storage: MemoryStorage, engine: PromQLEngine, externalLabels: [String: String], externalURL: String) {
        self.groups = groups
        self.storage = storage
        self.engine = engine
        self.externalLabels = externalLabels
        self.externalURL = externalURL
        alertStates = groups.map { g in g.rules.map { $0.kind == .alerting ? AlertingRuleState(rule: $0) : nil } }
        previous = groups.map { g in g.rules.map { _ in [] } }
    }

    /// A rule that failed at one evaluation.
    struct Failure {
        var rule: String
        var error: String
    }

    /// Evaluates every group at `ts`; returns the rules that failed.
    func evaluate(at ts: Int64) -> [Failure] {
        var failures: [Failure] = []
        for (gi, group) in groups.enumerated() {
            for (ri, rule) in group.rules.enumerated() {
                let written: [Sample]
                do {
                    written = try evaluate(rule, state: alertStates[gi][ri], at: ts, limit: group.limit)
                } catch {
                    failures.append(Failure(rule: rule.name, error: error.message))
                    continue
                }
                var now = Set<Labels>()
                var appendError: String?
                for s in written {
                    now.insert(s.labels)
                    if let e = appendRejection(s.labels, t: ts, v: s.v) {
                        if !e.isEmpty { appendError = e }
                        continue
                    }
                    storage.append(s.labels, t: ts, v: s.v)
                }
                for gone in previous[gi][ri] where !now.contains(gone) && appendRejection(gone, t: ts, v: Double(bitPattern: staleNaNBits)) == nil {
                    storage.appendStale(gone, t: ts)
                }
                previous[gi][ri] = now
                if let appendError { failures.append(Failure(rule: rule.name, error: appendError)) }
            }
        }
        return failures
    }

    /// Why storage would refuse a sample, as Prometheus' TSDB words it: another value already
    /// written at that time, or a later sample already there. A repeat of the same value is
    /// accepted silently (and not stored twice).
    private func appendRejection(_ labels: Labels, t: Int64, v: Double) -> String? {
        guard let last = storage.lastSample(labels) else { return nil }
        if last.t > t { return "out of order sample" }
        if last.t == t {
            return last.v.bitPattern == v.bitPattern ? "" : "duplicate sample for timestamp"
        }
        return nil
    }

    /// The rule's query result at `ts` as a vector (a scalar becomes one sample without labels).
    func query(_ expr: PromQLExpr, at ts: Int64) throws(RuleEvaluationError) -> [Sample] {
        let value: PromQLValue
        do {
            value = try engine.instantQuery(expr, at: ts, storage: storage)
        } catch {
            throw RuleEvaluationError(error.description)
        }
        switch value {
        case .vector(let v): return v
        case .scalar(_, let v): return [Sample(labels: .empty, t: ts, v: v)]
        case .matrix, .string: throw RuleEvaluationError("rule result is not a vector or scalar")
        }
    }

    private func evaluate(_ rule: Rule, state: AlertingRuleState?, at ts: Int64, limit: Int) throws(RuleEvaluationError) -> [Sample] {
        let result = try query(rule.expr, at: ts)
        if let state {
            let env = AlertingRuleState.Environment(externalLabels: externalLabels, externalURL: externalURL) { [self] text in
                try templateQuery(text, at: ts)
            }
            return try state.apply(result, at: ts, limit: limit, environment: env)
        }
        var seen = Set<Labels>()
        var out: [Sample] = []
        out.reserveCapacity(result.count)
        for s in result {
            var l = s.labels.setting("__name__", rule.name)
            for (n, v) in rule.labels { l = v.isEmpty ? l.removing([n]) : l.setting(n, v) }
            if !seen.insert(l).inserted {
                throw RuleEvaluationError("vector contains metrics with the same labelset after applying rule labels")
            }
            out.append(Sample(labels: l, t: ts, v: s.v))
        }
        if limit > 0 && out.count > limit {
            throw RuleEvaluationError("exceeded limit of \(limit) with \(out.count) series")
        }
        return out
    }

    /// The `query` template function: a PromQL query at the evaluation time.
    private func templateQuery(_ text: String, at ts: Int64) throws -> [TemplateQuerySample] {
        let expr = try PromQLParser.parse(text)
        return try query(expr, at: ts).map { s in
            var labels: [String: String] = [:]
            for (n, v) in s.labels.pairs { labels[n] = v }
            return TemplateQuerySample(labels: labels, value: s.v)
        }
    }
}
