import PromQL
import YAML

/// Alerting and recording rules of PrometheusRule objects (`spec.groups[].rules[]`).
///
/// What: rules Prometheus refuses (PromQL that does not parse or type-check, rules that break
/// `rulefmt`, alert templates that do not parse, group names repeated), and rules that will not
/// behave as meant: duplicates, recording names without the colons of `level:metric:operations`,
/// alerts without a severity or the annotations runbooks and notifications rely on, `for`
/// durations and rate windows too short for the scrape interval, and alerts the Alertmanager
/// configuration of the stack routes only to a receiver that notifies nobody.
///
/// Why: the operator's admission webhook refuses an invalid PrometheusRule and Prometheus
/// refuses the whole rule file; the other findings are alerts that flap, stay empty or reach
/// nobody.
///
/// How to fix: each finding names the group and rule (`group "node", rule 3, "NodeDown"`, rules
/// counted from 1 as Prometheus counts them) and says what to change.
///
/// How to disable: `--disable rules/<rule>` or the lint configuration's `disabled` list.
public struct RuleCheck: LintCheck {
    static let promqlError = LintRule("rules/promql-error", .error,
                                      "a rule expression does not parse or type-check (Prometheus' message)")
    static let invalidRule = LintRule("rules/invalid-rule", .error,
                                      "a rule or group Prometheus' rule-file validation refuses (alert and record, no expr, bad names, bad durations)")
    static let duplicateName = LintRule("rules/duplicate-name", .warning,
                                        "the same alert twice in a group with identical labels, or the same record with identical labels and expression")
    static let duplicateGroup = LintRule("rules/duplicate-group", .error,
                                         "a group name appears twice in one PrometheusRule, or in two PrometheusRules of a namespace one Prometheus loads")
    static let recordNaming = LintRule("rules/record-naming", .warning,
                                       "a recording rule name has no colon (recording rules are named level:metric:operations)")
    static let missingSeverity = LintRule("rules/missing-severity", .error,
                                          "an alerting rule has no severity label")
    static let missingAnnotation = LintRule("rules/missing-annotation", .warning,
                                            "an alerting rule lacks summary and description (or the older message) or runbook_url annotations")
    static let forTooShort = LintRule("rules/for-too-short", .warning,
                                      "an alert's for is shorter than twice the scrape interval")
    static let rateWindowTooShort = LintRule("rules/rate-window-too-short", .warning,
                                             "a rate/increase/delta/deriv range is shorter than 4x the scrape interval (irate/idelta 2x)")
    static let invalidTemplate = LintRule("rules/invalid-template", .error,
                                          "an alert label or annotation template does not parse")
    static let unroutedAlert = LintRule("rules/unrouted-alert", .warning,
                                        "an alert reaches only a catch-all Alertmanager receiver without notification configs")

    /// The scrape and evaluation interval Prometheus uses when its spec sets none.
    static let defaultInterval: Int64 = 30_000
    static let annotations = ["summary", "description", "runbook_url"]

    public init() {}

    public var rules: [LintRule] {
        [Self.promqlError, Self.invalidRule, Self.duplicateName, Self.duplicateGroup, Self.recordNaming,
         Self.missingSeverity, Self.missingAnnotation, Self.forTooShort, Self.rateWindowTooShort,
         Self.invalidTemplate, Self.unroutedAlert]
    }

    public func run(_ context: LintContext) -> [LintFinding] {
        var run = Run(context: context)
        for pr in context.prometheusRules { run.check(pr) }
        run.crossObjectGroups()
        return run.findings
    }

    /// One rule as read, with where it is.
    struct RuleEntry {
        var group: String
        /// 1-based, as Prometheus counts.
        var index: Int
        var value: YAMLEmitValue
        var alert: String?
        var record: String?
        var expr: String?
        var labels: [String: String]
        var annotations: [String: String]

        var name: String { alert ?? record ?? "" }
        /// `group "g", rule 3, "Name"`: Prometheus' prefix for rule errors.
        var prefix: String { "group \(goQuote(group)), rule \(index), \(goQuote(name))" }
        /// `alert "A" (group "g")` for other messages.
        var what: String {
            alert != nil ? "alert \(goQuote(name)) (group \(goQuote(group)), rule \(index))"
                         : "record \(goQuote(name)) (group \(goQuote(group)), rule \(index))"
        }

        init(_ v: YAMLEmitValue, group: String, index: Int) {
            self.group = group
            self.index = index
            self.value = v
            func text(_ key: String) -> String? {
                switch v.at([key]) {
                case .string(let s)?: return s.isEmpty ? nil : s
                case .number(let d)?: return formatPromQLNumber(d)
                default: return nil
                }
            }
            alert = text("alert")
            record = text("record")
            expr = text("expr")
            labels = v.at(["labels"])?.stringMap ?? [:]
            annotations = v.at(["annotations"])?.stringMap ?? [:]
        }
    }

    /// One pass over the stack's PrometheusRules, with what every rule needs to know: the
    /// Alertmanager routing and the intervals recorded series are written at.
    struct Run {
        let context: LintContext
        let routing: [AlertRoutingConfig]
        /// Record name → the interval its group is evaluated at.
        var recordIntervals: [String: Int64] = [:]
        var findings: [LintFinding] = []

        init(context: LintContext) {
            self.context = context
            self.routing = AlertRoutingConfig.all(in: context)
            for pr in context.prometheusRules {
                let eval = Run.interval(of: pr, field: "evaluationInterval", in: context)
                for g in pr["spec", "groups"]?.arrayValue ?? [] {
                    let every = LintSelectors.duration(g.at(["interval"])) ?? eval
                    for r in g.at(["rules"])?.arrayValue ?? [] {
                        if let rec = r.at(["record"])?.stringValue { recordIntervals[rec] = max(recordIntervals[rec] ?? 0, every) }
                    }
                }
            }
        }

        /// The longest `scrapeInterval` (or `evaluationInterval`) among the Prometheuses that
        /// load `pr` (all of them when none selects it), 30s when none sets one.
        static func interval(of pr: KubeObject, field: String, in context: LintContext) -> Int64 {
            let selecting = LintSelectors.prometheuses(selectingRule: pr, in: context)
            let proms = selecting.isEmpty ? context.prometheuses : selecting
            let values = proms.map { LintSelectors.duration($0["spec", field]) ?? RuleCheck.defaultInterval }
            return values.max() ?? RuleCheck.defaultInterval
        }

        mutating func add(_ rule: LintRule, _ object: KubeObject, _ message: String, _ fix: String) {
            findings.append(LintFinding(rule: rule, object: object, message: message, fix: fix))
        }

        mutating func check(_ pr: KubeObject) {
            guard let groupsValue = pr["spec", "groups"], groupsValue != .null else { return }
            guard case .array(let groups) = groupsValue else {
                add(RuleCheck.invalidRule, pr, "spec.groups is not a list of rule groups", "Write spec.groups as a list of {name, rules}.")
                return
            }
            let scrape = Run.interval(of: pr, field: "scrapeInterval", in: context)
            var seen: [String: Int] = [:]
            for (gi, g) in groups.enumerated() {
                guard g.objectValue != nil else {
                    add(RuleCheck.invalidRule, pr, "spec.groups[\(gi)] is not a rule group object", "Write each group as {name, rules}.")
                    continue
                }
                let name = g.at(["name"])?.stringValue ?? ""
                if name.isEmpty {
                    add(RuleCheck.invalidRule, pr, "spec.groups[\(gi)]: Groupname must not be empty", "Give the group a name.")
                } else if let first = seen[name] {
                    add(RuleCheck.duplicateGroup, pr,
                        "groupname: \(goQuote(name)) is repeated in the same file (spec.groups[\(first)] and spec.groups[\(gi)])",
                        "Rename one of the groups or merge their rules; Prometheus refuses a rule file with a repeated group name.")
                } else {
                    seen[name] = gi
                }
                if let iv = g.at(["interval"]), iv != .null, LintSelectors.duration(iv) == nil {
                    add(RuleCheck.invalidRule, pr, "group \(goQuote(name)): interval \(describe(iv)) is not a valid duration string",
                        "Write the interval as a Prometheus duration such as 30s or 1m.")
                }
                let rules = g.at(["rules"])?.arrayValue ?? []
                let entries = rules.enumerated().map { RuleEntry($1, group: name, index: $0 + 1) }
                for e in entries { checkRule(pr, e, scrape: scrape) }
                duplicates(pr, entries)
            }
        }

        func describe(_ v: YAMLEmitValue) -> String {
            if let s = v.stringValue { return goQuote(s) }
            if let d = v.numberValue { return formatPromQLNumber(d) }
            return "(not a string)"
        }

        mutating func checkRule(_ pr: KubeObject, _ e: RuleEntry, scrape: Int64) {
            guard e.value.objectValue != nil else {
                add(RuleCheck.invalidRule, pr, "group \(goQuote(e.group)), rule \(e.index): not a rule object", "Write the rule as {alert|record, expr, …}.")
                return
            }
            func invalid(_ m: String, _ fix: String) { add(RuleCheck.invalidRule, pr, "\(e.prefix): \(m)", fix) }
            if e.alert != nil && e.record != nil {
                invalid("only one of 'record' and 'alert' must be set", "Split it into an alerting rule and a recording rule.")
            }
            if e.alert == nil && e.record == nil {
                invalid("one of 'record' or 'alert' must be set", "Name the rule with `alert:` or `record:`.")
            }
            var forMs: Int64 = 0
            if let f = e.value.at(["for"]), f != .null {
                if let ms = LintSelectors.duration(f) { forMs = ms } else {
                    invalid("not a valid duration string: \(describe(f))", "Write `for` as a Prometheus duration such as 5m.")
                }
            }
            if let rec = e.record {
                if !e.annotations.isEmpty { invalid("invalid field 'annotations' in recording rule", "Remove the annotations; only alerts have them.") }
                if forMs != 0 { invalid("invalid field 'for' in recording rule", "Remove `for`; only alerts have it.") }
                if let k = e.value.at(["keep_firing_for"]), k != .null, LintSelectors.duration(k) != 0 {
                    invalid("invalid field 'keep_firing_for' in recording rule", "Remove `keep_firing_for`; only alerts have it.")
                }
                if !LintSelectors.isValidMetricName(rec) {
                    invalid("invalid recording rule name: \(rec)", "Use a metric name: letters, digits, _ and :, not starting with a digit.")
                } else {
                    recordNaming(pr, e, rec)
                }
            }
            for k in e.labels.keys.sorted() where !LintSelectors.isValidLabelName(k) || k == "__name__" {
                invalid("invalid label name: \(k)", "Label names match [a-zA-Z_][a-zA-Z0-9_]* and cannot be __name__.")
            }
            for k in e.annotations.keys.sorted() where !LintSelectors.isValidLabelName(k) {
                invalid("invalid annotation name: \(k)", "Annotation names match [a-zA-Z_][a-zA-Z0-9_]*.")
            }
            guard let exprText = e.expr else {
                invalid("field 'expr' must be set in rule", "Add the PromQL expression as `expr`.")
                return
            }
            do {
                let expr = try PromQLParser.parse(exprText)
                rateWindows(pr, e, expr, scrape: scrape)
            } catch {
                add(RuleCheck.promqlError, pr, "\(e.prefix): could not parse expression: \(error)",
                    "Fix the expression; `stackc test` or `promtool check rules` show the same error.")
            }
            if let alert = e.alert { checkAlert(pr, e, alert, forMs: forMs, scrape: scrape) }
        }

        mutating func recordNaming(_ pr: KubeObject, _ e: RuleEntry, _ rec: String) {
            // level:metric (`count:up1`), operations with colons of their own
            // (`instance:node_cpu:rate:sum`), an empty level (`:node_memory_MemAvailable_bytes:sum`)
            // or empty operations (`node_namespace_pod:kube_pod_info:`) are all in widely used
            // mixins: only a name without a colon, which reads as a scraped metric, is reported.
            guard !rec.contains(":") else { return }
            let why = "has no colon"
            add(RuleCheck.recordNaming, pr,
                "\(e.what): the name \(why); recording rules are named level:metric:operations",
                "Rename it to level:metric:operations, e.g. job:http_requests:rate5m (level = the labels kept, metric = the input metric, operations = what was applied).")
        }

        mutating func checkAlert(_ pr: KubeObject, _ e: RuleEntry, _ alert: String, forMs: Int64, scrape: Int64) {
            if (e.labels["severity"] ?? "").isEmpty {
                add(RuleCheck.missingSeverity, pr, "\(e.what) has no severity label",
                    "Add `labels: {severity: warning}` (or critical, info); Alertmanager routes and inhibits on it.")
            }
            // `message` is the older single-text annotation (still used by the Grafana mixin):
            // it stands for both summary and description.
            let hasMessage = !(e.annotations["message"] ?? "").isEmpty
            let missing = RuleCheck.annotations.filter {
                (e.annotations[$0] ?? "").isEmpty && !(hasMessage && $0 != "runbook_url")
            }
            if !missing.isEmpty {
                add(RuleCheck.missingAnnotation, pr, "\(e.what) has no \(missing.joined(separator: ", ")) annotation\(missing.count == 1 ? "" : "s")",
                    "Add \(missing.joined(separator: ", ")) under annotations: what is wrong, the details with {{ $labels }}, and where the runbook is.")
            }
            if forMs > 0, forMs < Run.times(2, scrape) {
                add(RuleCheck.forTooShort, pr,
                    "\(e.what): for \(PromQLDuration(milliseconds: forMs)) is shorter than twice the scrape interval \(PromQLDuration(milliseconds: scrape)), so one or two samples decide whether it fires",
                    "Use `for: \(PromQLDuration(milliseconds: Run.times(2, scrape)))` or longer, or drop `for` if the alert should fire at once.")
            }
            if let templateError = context.templateError {
                for (kind, map) in [("label", e.labels), ("annotation", e.annotations)] {
                    for k in map.keys.sorted() {
                        guard let err = templateError(map[k]!, alert) else { continue }
                        add(RuleCheck.invalidTemplate, pr, "\(e.prefix): \(kind) \(goQuote(k)): \(err)",
                            "Fix the Go template syntax of the \(kind); `stackc test` expands it the way Prometheus does.")
                    }
                }
            }
            routes(pr, e, alert)
        }

        mutating func routes(_ pr: KubeObject, _ e: RuleEntry, _ alert: String) {
            var labels: [String: String?] = [:]
            for (k, v) in e.labels { labels[k] = v.contains("{{") ? .some(nil) : .some(v) }
            labels["alertname"] = .some(alert)
            // A config none of whose receivers notifies is a placeholder (kube-prometheus ships
            // one): delivery is set up elsewhere, so its routing says nothing about this alert.
            for cfg in routing where cfg.notifies.values.contains(true) {
                let ends = cfg.outcomes(labels)
                guard !ends.isEmpty,
                      ends.allSatisfy({ !$0.deliberate && cfg.notifies[$0.receiver] == false }) else { continue }
                let receivers = Array(Set(ends.map(\.receiver))).sorted().map(goQuote).joined(separator: ", ")
                let shown = e.labels.keys.sorted().map { "\($0)=\(goQuote(e.labels[$0]!))" }.joined(separator: ", ")
                add(RuleCheck.unroutedAlert, pr,
                    "\(e.what) matches no route of \(cfg.source) but the catch-all, whose receiver \(receivers) has no notification configs; its labels: {\(shown.isEmpty ? "" : shown + ", ")alertname=\(goQuote(alert))}",
                    "Add a route matching the alert's labels (e.g. its severity) to a receiver with notification configs, or give the catch-all receiver one.")
            }
        }

        /// Calls of rate-like functions whose range holds too few samples.
        mutating func rateWindows(_ pr: KubeObject, _ e: RuleEntry, _ expr: PromQLExpr, scrape: Int64) {
            var seen: Set<String> = []
            for call in Run.calls(expr) {
                let factor: Int64
                switch call.function.name {
                case "rate", "increase", "delta", "deriv": factor = 4
                case "irate", "idelta": factor = 2
                default: continue
                }
                guard case .matrixSelector(let m)? = call.args.first else { continue }
                let name = m.vectorSelector.name ?? ""
                let every = name.contains(":") ? (recordIntervals[name] ?? scrape) : scrape
                let source = name.contains(":") && recordIntervals[name] != nil ? "evaluation interval of the rule recording it" : "scrape interval"
                let least = Run.times(factor, every)
                guard m.range.milliseconds < least else { continue }
                let text = "\(call.function.name)(\(m))"
                if !seen.insert(text).inserted { continue }
                add(RuleCheck.rateWindowTooShort, pr,
                    "\(e.what): \(text) uses a \(m.range) range, shorter than \(factor)x the \(source) \(PromQLDuration(milliseconds: every)); windows holding one or two samples give gaps or jumpy results",
                    "Use a range of at least \(PromQLDuration(milliseconds: least)): [\(PromQLDuration(milliseconds: least))] or longer.")
            }
        }

        /// `a * b`, saturating instead of overflowing on absurd durations.
        static func times(_ a: Int64, _ b: Int64) -> Int64 {
            let (p, overflow) = a.multipliedReportingOverflow(by: b)
            return overflow ? Int64.max : p
        }

        static func calls(_ e: PromQLExpr) -> [PromQLCall] {
            switch e {
            case .number, .string, .vectorSelector, .matrixSelector: return []
            case .subquery(let s): return calls(s.expr)
            case .paren(let x), .unary(_, let x): return calls(x)
            case .binary(let b): return calls(b.lhs) + calls(b.rhs)
            case .aggregate(let a): return (a.param.map(calls) ?? []) + calls(a.expr)
            case .call(let c): return [c] + c.args.flatMap(calls)
            }
        }

        /// The same alert twice in a group with identical labels, or the same record with
        /// identical labels and expression. Records of one name and labels with different
        /// expressions are how mixins build one series set from several selections (kube-prometheus'
        /// `code_verb:apiserver_request_total:increase1h` for code=~"2..", "3..", ...).
        mutating func duplicates(_ pr: KubeObject, _ entries: [RuleEntry]) {
            var first: [String: RuleEntry] = [:]
            for e in entries where (e.alert == nil) != (e.record == nil) {
                let expr = e.record == nil ? "" : (e.expr ?? "").split(whereSeparator: \.isWhitespace).joined(separator: " ")
                let key = (e.alert != nil ? "alert\u{0}" : "record\u{0}") + e.name + "\u{0}" + expr + "\u{0}"
                    + e.labels.keys.sorted().map { "\($0)=\(e.labels[$0]!)" }.joined(separator: "\u{0}")
                if let f = first[key] {
                    add(RuleCheck.duplicateName, pr,
                        "\(e.what) repeats rule \(f.index) of the group with the same name and labels",
                        e.alert != nil
                            ? "Remove one, merge their expressions, or tell them apart with a label (such as a different severity)."
                            : "Remove one; two recording rules writing the same series make Prometheus drop samples as duplicates.")
                } else {
                    first[key] = e
                }
            }
        }

        /// Group names shared by two PrometheusRules of one namespace that one Prometheus loads.
        mutating func crossObjectGroups() {
            var reported: Set<String> = []
            for prom in context.prometheuses {
                let loaded = context.prometheusRules.filter {
                    LintSelectors.prometheus(prom, selects: $0, selectorField: "ruleSelector",
                                             namespaceField: "ruleNamespaceSelector", in: context) == true
                }
                var owner: [String: KubeObject] = [:]
                for pr in loaded {
                    var inThis: Set<String> = []
                    for g in pr["spec", "groups"]?.arrayValue ?? [] {
                        guard let name = g.at(["name"])?.stringValue, !name.isEmpty, inThis.insert(name).inserted else { continue }
                        let key = context.namespace(of: pr) + "\u{0}" + name
                        guard let other = owner[key] else { owner[key] = pr; continue }
                        guard reported.insert(key + "\u{0}" + other.reference + "\u{0}" + pr.reference).inserted else { continue }
                        add(RuleCheck.duplicateGroup, pr,
                            "group \(goQuote(name)) is also defined in \(other.reference); \(prom.reference) loads both, and two groups of one name are hard to tell apart in its rule and alert views",
                            "Rename one of the groups (e.g. prefix it with the PrometheusRule's name) or merge them into one PrometheusRule.")
                    }
                }
            }
        }
    }
}
