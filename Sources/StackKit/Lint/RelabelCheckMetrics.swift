import PromQL
import YAML

/// One scraped metric a rule reads: its name, the matchers of the selector that reads it and
/// which rule that is.
struct UsedMetric {
    var name: String
    var matchers: [PromQLLabelMatcher]
    /// `alert NodeDown (group node, PrometheusRule monitoring/node-rules)`.
    var usedBy: String
}

/// The metric names the alerting and recording rules of a stack read, and which of them a
/// metric relabeling removes.
enum RelabelMetricUse {
    /// Series no scrape's metric relabeling touches: rule outputs and the scrape's own series.
    static let synthetic: Set<String> = ["ALERTS", "ALERTS_FOR_STATE", "up", "scrape_duration_seconds",
                                         "scrape_samples_scraped", "scrape_samples_post_metric_relabeling",
                                         "scrape_series_added", "scrape_timeout_seconds", "scrape_sample_limit",
                                         "scrape_body_size_bytes"]

    /// Every selector of every rule expression that names a scraped metric.
    static func collect(_ context: LintContext) -> [UsedMetric] {
        var recorded: Set<String> = []
        var rules: [(expr: String, usedBy: String)] = []
        for pr in context.prometheusRules {
            for g in pr["spec", "groups"]?.arrayValue ?? [] {
                let group = g.at(["name"])?.stringValue ?? ""
                for r in g.at(["rules"])?.arrayValue ?? [] {
                    guard let expr = r.at(["expr"])?.stringValue else { continue }
                    if let rec = r.at(["record"])?.stringValue { recorded.insert(rec) }
                    let what = r.at(["alert"])?.stringValue.map { "alert \($0)" }
                        ?? r.at(["record"])?.stringValue.map { "record \($0)" } ?? "rule"
                    rules.append((expr, "\(what) (group \(group), \(pr.reference))"))
                }
            }
        }
        var out: [UsedMetric] = []
        for (text, usedBy) in rules {
            guard let e = try? PromQLParser.parse(text) else { continue }
            for vs in selectors(e) {
                for name in names(vs) where !recorded.contains(name) && !synthetic.contains(name) {
                    out.append(UsedMetric(name: name, matchers: vs.matchers, usedBy: usedBy))
                }
            }
        }
        return out
    }

    /// The vector selectors of an expression, in matrix selectors and subqueries too.
    static func selectors(_ e: PromQLExpr) -> [PromQLVectorSelector] {
        switch e {
        case .number, .string: return []
        case .vectorSelector(let v): return [v]
        case .matrixSelector(let m): return [m.vectorSelector]
        case .subquery(let s): return selectors(s.expr)
        case .paren(let x), .unary(_, let x): return selectors(x)
        case .binary(let b): return selectors(b.lhs) + selectors(b.rhs)
        case .aggregate(let a): return (a.param.map(selectors) ?? []) + selectors(a.expr)
        case .call(let c): return c.args.flatMap(selectors)
        }
    }

    /// The metric names a selector reads: its name, a `__name__="x"` matcher, or the plain
    /// names of a `__name__=~"a|b"` matcher; none when the names cannot be listed.
    static func names(_ vs: PromQLVectorSelector) -> [String] {
        if let n = vs.name { return [n] }
        for m in vs.matchers where m.name == "__name__" {
            switch m.type {
            case .equal: return [m.value]
            case .regexMatch:
                let plain = m.value.unicodeScalars.allSatisfy { LintSelectors.isWordScalar($0) || $0 == ":" || $0 == "|" }
                return plain ? m.value.split(separator: "|").map(String.init) : []
            default: continue
            }
        }
        return []
    }

    /// How a selector's `job` matcher relates to the jobs of a monitor: `true` when it selects
    /// one of them, `false` when it selects none, `nil` when it cannot be told (no matcher, or
    /// the jobs are unknown).
    static func jobMatch(_ matchers: [PromQLLabelMatcher], jobs: Set<String>?) -> Bool? {
        guard let jobs, !jobs.isEmpty else { return nil }
        var result: Bool?
        for m in matchers where m.name == "job" {
            let hits: Bool
            switch m.type {
            case .equal: hits = jobs.contains(m.value)
            case .notEqual: hits = jobs.contains { $0 != m.value }
            case .regexMatch, .regexNoMatch:
                guard let re = try? RE2Regex.anchored(m.value) else { return nil }
                hits = jobs.contains { re.matches($0) == (m.type == .regexMatch) }
            }
            if !hits { return false }
            if m.type == .equal || m.type == .regexMatch { result = true }
        }
        return result
    }

    /// The labels a series of `use` has while `steps` run: its name, and the values its
    /// selector fixes with `=` for labels no step rewrites.
    static func startLabels(_ use: UsedMetric, steps: [RelabelStep]) -> RelabelLabels {
        var l = RelabelLabels()
        l.known["__name__"] = use.name
        let rewritesAny = steps.contains { ["labelmap", "labeldrop", "labelkeep"].contains($0.action ?? "") }
        if rewritesAny { return l }
        let written = Set(steps.compactMap { s -> String? in
            guard let a = s.action, ["replace", "hashmod", "lowercase", "uppercase"].contains(a) else { return nil }
            return s.targetLabel
        })
        if written.contains("__name__") || steps.contains(where: { ($0.targetLabel ?? "").contains("$") }) {
            // The name the rule reads may not be the name the series is scraped with.
            return RelabelLabels()
        }
        for m in use.matchers where m.type == .equal && m.name != "__name__" && !written.contains(m.name) {
            l.known[m.name] = m.value
        }
        return l
    }
}
