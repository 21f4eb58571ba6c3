/// What is known of a target's or series' labels while relabel configs are applied to it: some
/// labels have known values, labels under "complete" prefixes that are not known are absent
/// (the empty string), and everything else is unknown.
struct RelabelLabels {
    var known: [String: String] = [:]
    /// Prefixes whose labels are all in `known` (a Service's `__meta_kubernetes_service_label_`).
    var completePrefixes: [String] = []
    /// Names that are unknown even under a complete prefix.
    var unknownNames: Set<String> = []
    /// Nothing but `known` is known any more.
    var opaque = false

    /// The value of a label: a string ("" when absent), or `nil` when it cannot be told.
    func value(_ name: String) -> String? {
        if let v = known[name] { return v }
        if opaque || unknownNames.contains(name) { return nil }
        return completePrefixes.contains(where: { name.hasPrefix($0) }) ? "" : nil
    }

    /// Sets a label to a value, or to "unknown" with `nil`.
    mutating func set(_ name: String, _ v: String?) {
        if let v {
            known[name] = v
            unknownNames.remove(name)
        } else {
            known[name] = nil
            unknownNames.insert(name)
        }
    }
}

/// Applies relabel configs to what is known of a label set, as Prometheus' `relabel.Process`
/// would, and tells at which config the target or series is certainly dropped.
enum RelabelSimulation {
    /// What became of a label set: the index of the config that certainly drops it if it gets
    /// that far (with the labels it had there), or the labels it leaves with.
    struct Result {
        var droppedAt: Int?
        var labels: RelabelLabels
    }

    /// Runs `steps` over `start`. Filters whose inputs are unknown are assumed to let it
    /// through; a config Prometheus would refuse ends the run with everything unknown.
    static func run(_ steps: [RelabelStep], _ start: RelabelLabels) -> Result {
        var l = start
        for (i, s) in steps.enumerated() {
            guard let action = s.action, let re = s.regex else { return Result(droppedAt: nil, labels: RelabelLabels(opaque: true)) }
            let joined: String? = {
                guard let src = s.sourceLabels else { return "" }
                var values: [String] = []
                for n in src {
                    guard let v = l.value(n) else { return nil }
                    values.append(v)
                }
                return values.joined(separator: s.separator)
            }()
            switch action {
            case "keep", "drop":
                guard let j = joined else { continue }
                if re.matches(j) != (action == "keep") { return Result(droppedAt: i, labels: l) }
            case "keepequal", "dropequal":
                guard let j = joined, let t = s.targetLabel, let tv = l.value(t) else { continue }
                if (j == tv) != (action == "keepequal") { return Result(droppedAt: i, labels: l) }
            case "replace":
                guard let tl = s.targetLabel else { continue }
                guard let j = joined else {
                    if tl.contains("$") { l.opaque = true; l.known = [:] } else { l.set(tl, nil) }
                    continue
                }
                guard let m = re.firstMatch(j) else { continue }
                let target = re.expand(tl, match: m, in: j)
                let value = re.expand(s.replacement, match: m, in: j)
                l.set(target, value)
            case "hashmod":
                if let t = s.targetLabel { l.set(t, nil) }
            case "lowercase", "uppercase":
                guard let t = s.targetLabel else { continue }
                l.set(t, joined.map { action == "lowercase" ? $0.lowercased() : $0.uppercased() })
            case "labelmap":
                // The new names start with the replacement's literal prefix: labels under it may
                // be overwritten. Without a prefix they could be anything the matched names
                // give, `__meta_` names included when the regex does not fix its own prefix.
                let literal = String(s.replacement.prefix { $0 != "$" })
                let regexPrefix = String((s.regexText ?? "").unicodeScalars.prefix { LintSelectors.isWordScalar($0) })
                if literal.isEmpty && regexPrefix.isEmpty {
                    l.opaque = true
                    l.known = [:]
                } else if literal.isEmpty {
                    for name in Array(l.known.keys) where !name.hasPrefix("__") { l.set(name, nil) }
                } else {
                    for name in Array(l.known.keys) where name.hasPrefix(literal) { l.set(name, nil) }
                    l.completePrefixes.removeAll { $0.hasPrefix(literal) || literal.hasPrefix($0) }
                }
            case "labeldrop", "labelkeep":
                // A removed label reads as the empty string; untracked labels stay unknown.
                let removes = { (name: String) in re.matches(name) == (action == "labeldrop") }
                for name in Array(l.known.keys) + Array(l.unknownNames) where removes(name) { l.set(name, "") }
            default:
                return Result(droppedAt: nil, labels: RelabelLabels(opaque: true))
            }
        }
        return Result(droppedAt: nil, labels: l)
    }
}
