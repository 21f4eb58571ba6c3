import PromQL

/// Runs one test group of a test file as `promtool test rules` does: input series loaded up to
/// each evaluation time, rule groups evaluated every `evaluation_interval` from 0 to the last
/// `eval_time`, alert expectations compared after the evaluation at or just before their
/// time, then the PromQL expectations queried at their own times.
struct TestGroupRun {
    let group: TestFile.TestGroup
    /// The rule groups in evaluation order, or the errors that stopped them from loading.
    let ruleGroups: Result<[RuleGroup], RuleLoadErrors>
    let evaluationInterval: Int64

    /// Most evaluation steps one test group may need (promtool has no limit and would run
    /// for days on `eval_time: 100y`).
    static let maxEvaluationSteps: Int64 = 10_000_000

    /// One input sample (or staleness marker) waiting for its time.
    private struct PendingSample {
        var labels: Labels
        var t: Int64
        var value: Double?
    }

    /// The failures of the group, each worded as promtool words it.
    func run() -> [String] {
        // promtool 2.x does not default a group's `interval` to the evaluation interval.
        let interval = group.interval ?? 0
        var pending: [PendingSample] = []
        do {
            let staging = MemoryStorage()
            for s in group.inputSeries {
                try InputSeries.load(series: s.series, values: s.values, interval: interval, into: staging)
            }
            for series in staging.allSeries {
                for (t, v) in zip(series.timestamps, series.values) {
                    pending.append(PendingSample(labels: series.labels, t: t, value: isStaleMarker(v) ? nil : v))
                }
            }
        } catch {
            return [error.message]
        }
        pending.sort { $0.t < $1.t }

        let groups: [RuleGroup]
        switch ruleGroups {
        case .success(let g): groups = g
        case .failure(let e): return e.messages
        }
        for test in group.alertRuleTests where test.alertname.isEmpty {
            let inGroup = group.name.isEmpty ? "" : " (in TestGroup \(group.name))"
            return ["an item under alert_rule_test misses required attribute alertname at eval_time \(GoFormat.modelDuration(test.evalTime))\(inGroup)"]
        }

        let storage = MemoryStorage()
        var engine = PromQLEngine(maxSamples: 10_000)
        engine.defaultSubqueryStep = evaluationInterval
        let evaluator = GroupEvaluator(groups: groups, storage: storage, engine: engine,
                                       externalLabels: group.externalLabels, externalURL: group.externalURL ?? "")
        let maxEvalTime = (group.alertRuleTests.map(\.evalTime) + group.promqlExprTests.map(\.evalTime)).max() ?? 0
        if maxEvalTime / evaluationInterval > Self.maxEvaluationSteps {
            return ["eval_time \(GoFormat.modelDuration(maxEvalTime)) needs \(maxEvalTime / evaluationInterval) rule evaluations at evaluation_interval \(GoFormat.modelDuration(evaluationInterval)); stackc runs at most \(Self.maxEvaluationSteps)"]
        }
        let alertTimes = Array(Set(group.alertRuleTests.map(\.evalTime))).sorted()
        var nextAlertTime = 0
        var loaded = 0
        var errors: [String] = []
        var ts: Int64 = 0
        while ts <= maxEvalTime {
            while loaded < pending.count && pending[loaded].t <= ts {
                let p = pending[loaded]
                if let v = p.value { storage.append(p.labels, t: p.t, v: v) } else { storage.appendStale(p.labels, t: p.t) }
                loaded += 1
            }
            let failures = evaluator.evaluate(at: ts)
            if !failures.isEmpty {
                return errors + failures.map { "    rule: \($0.rule), time: \(GoFormat.timeDuration(ts)), err: \($0.error)" }
            }
            while nextAlertTime < alertTimes.count && ts <= alertTimes[nextAlertTime] && alertTimes[nextAlertTime] < ts + evaluationInterval {
                let t = alertTimes[nextAlertTime]
                for test in group.alertRuleTests where test.evalTime == t {
                    let got = firingAlerts(named: test.alertname, in: evaluator)
                    if let failure = AlertComparison.compare(test, got: got, groupName: group.name) {
                        errors.append(failure)
                    }
                }
                nextAlertTime += 1
            }
            ts += evaluationInterval
        }

        for test in group.promqlExprTests {
            if let failure = ExprComparison.compare(test, storage: storage, engine: engine) {
                errors.append(failure)
            }
        }
        return errors
    }

    /// Firing alerts of every alerting rule named `name`, across all groups.
    private func firingAlerts(named name: String, in evaluator: GroupEvaluator) -> [Alert] {
        var out: [Alert] = []
        for states in evaluator.alertStates {
            for case let state? in states where state.rule.name == name {
                out += state.firing
            }
        }
        return out
    }
}
