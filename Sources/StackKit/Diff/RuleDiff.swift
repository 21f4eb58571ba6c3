import YAML

/// A PrometheusRule's `spec.groups` compared group by group (by name) and, inside a group,
/// rule by rule (by `alert` or `record` name): `+ group node.rules`, `- record job:up:sum`,
/// `~ alert NodeDiskFull: for "5m" → "10m"`. Rules that share a name (the same alert at two
/// severities) are told apart by their labels. The order of groups and rules is not compared.
enum RuleDiff {
    /// One alerting or recording rule.
    struct Rule {
        var kind: String
        var name: String
        var value: YAMLEmitValue
        var labels: [String: String] { value.at(["labels"])?.stringMap ?? [:] }
        var key: String { kind + " " + name }
    }

    /// One rule group.
    struct Group {
        var name: String
        var value: YAMLEmitValue
        var rules: [Rule]
    }

    /// The changes between two `spec.groups` values (nil when absent), or nil when either is
    /// not a list of uniquely named groups of alert and record rules (the caller then compares
    /// it as a plain value).
    static func changes(_ old: YAMLEmitValue?, _ new: YAMLEmitValue?) -> [DiffChange]? {
        guard let a = groups(old), let b = groups(new) else { return nil }
        var byNameA: [String: Group] = [:]
        for g in a { byNameA[g.name] = g }
        var byNameB: [String: Group] = [:]
        for g in b { byNameB[g.name] = g }
        var out: [DiffChange] = []
        for name in Set(byNameA.keys).union(byNameB.keys).sorted(by: ValueDiff.byteOrder) {
            let subject = "group " + name
            switch (byNameA[name], byNameB[name]) {
            case (nil, let g?):
                out.append(DiffChange(kind: .added, subject: subject, isItem: true, new: g.value,
                                      children: ruleChanges([], g.rules)))
            case (let g?, nil):
                out.append(DiffChange(kind: .removed, subject: subject, isItem: true, old: g.value,
                                      children: ruleChanges(g.rules, [])))
            case (let x?, let y?):
                let fields = ValueDiff.changes(x.value.removingKeys(["name", "rules"]), y.value.removingKeys(["name", "rules"]))
                let rules = ruleChanges(x.rules, y.rules)
                if !fields.isEmpty || !rules.isEmpty {
                    out.append(DiffChange(kind: .changed, subject: subject, isItem: true, children: fields + rules))
                }
            case (nil, nil):
                break
            }
        }
        return out
    }

    static func groups(_ v: YAMLEmitValue?) -> [Group]? {
        guard let v else { return [] }
        guard case .array(let items) = v else { return nil }
        var out: [Group] = []
        var seen = Set<String>()
        for item in items {
            guard case .object(let o) = item, case .string(let name)? = o["name"], seen.insert(name).inserted else { return nil }
            var rules: [Rule] = []
            switch o["rules"] {
            case nil, .null?:
                break
            case .array(let list)?:
                for r in list {
                    guard case .object(let ro) = r else { return nil }
                    if case .string(let n)? = ro["alert"] {
                        rules.append(Rule(kind: "alert", name: n, value: r))
                    } else if case .string(let n)? = ro["record"] {
                        rules.append(Rule(kind: "record", name: n, value: r))
                    } else {
                        return nil
                    }
                }
            default:
                return nil
            }
            out.append(Group(name: name, value: item, rules: rules))
        }
        return out
    }

    /// The rule items of one group: rules matched by kind and name; where a name repeats,
    /// equal rules first, then rules with equal labels, then in order.
    static func ruleChanges(_ old: [Rule], _ new: [Rule]) -> [DiffChange] {
        var byKeyA: [String: [Rule]] = [:]
        for r in old { byKeyA[r.key, default: []].append(r) }
        var byKeyB: [String: [Rule]] = [:]
        for r in new { byKeyB[r.key, default: []].append(r) }
        var out: [DiffChange] = []
        for key in Set(byKeyA.keys).union(byKeyB.keys).sorted(by: ValueDiff.byteOrder) {
            let a = byKeyA[key] ?? []
            let b = byKeyB[key] ?? []
            let repeated = a.count > 1 || b.count > 1
            for (x, y) in pair(a, b) {
                switch (x, y) {
                case (nil, let j?):
                    out.append(DiffChange(kind: .added, subject: subject(j, in: b, repeated), isItem: true, new: b[j].value))
                case (let i?, nil):
                    out.append(DiffChange(kind: .removed, subject: subject(i, in: a, repeated), isItem: true, old: a[i].value))
                case (let i?, let j?):
                    let fields = ValueDiff.changes(a[i].value.removingKeys(["alert", "record"]), b[j].value.removingKeys(["alert", "record"]))
                    if !fields.isEmpty {
                        out.append(DiffChange(kind: .changed, subject: subject(j, in: b, repeated), isItem: true, children: fields))
                    }
                case (nil, nil):
                    break
                }
            }
        }
        return out.sorted { ValueDiff.byteOrder($0.subject, $1.subject) }
    }

    /// `alert Name`; where the name repeats, with the rule's labels
    /// (`alert Name{severity="critical"}`), and its position among the rules of that name
    /// when the labels repeat too (`alert Name #2`).
    private static func subject(_ k: Int, in rules: [Rule], _ repeated: Bool) -> String {
        let r = rules[k]
        guard repeated else { return r.key }
        let labels = r.labels
        var out = r.key
        if !labels.isEmpty {
            out += "{" + labels.keys.sorted(by: ValueDiff.byteOrder).map { "\($0)=\(FieldPath.quoted(labels[$0] ?? ""))" }
                .joined(separator: ", ") + "}"
        }
        if rules.filter({ $0.labels == labels }).count > 1 { out += " #\(k + 1)" }
        return out
    }

    /// Pairs the old and new rules of one name.
    private static func pair(_ a: [Rule], _ b: [Rule]) -> [(Int?, Int?)] {
        if a.count <= 1 && b.count <= 1 { return [(a.isEmpty ? nil : 0, b.isEmpty ? nil : 0)] }
        var leftA = Array(a.indices)
        var leftB = Array(b.indices)
        var pairs: [(Int?, Int?)] = []
        for same in [{ (x: Rule, y: Rule) in x.value == y.value }, { (x: Rule, y: Rule) in x.labels == y.labels }] {
            var k = 0
            while k < leftA.count {
                if let m = leftB.firstIndex(where: { same(a[leftA[k]], b[$0]) }) {
                    pairs.append((leftA[k], leftB[m]))
                    leftA.remove(at: k)
                    leftB.remove(at: m)
                } else {
                    k += 1
                }
            }
        }
        while !leftA.isEmpty && !leftB.isEmpty { pairs.append((leftA.removeFirst(), leftB.removeFirst())) }
        pairs += leftA.map { ($0, nil) } + leftB.map { (nil, $0) }
        // In the order of the new rules (old ones that went away after).
        pairs.sort { p, q in (p.1 ?? Int.max, p.0 ?? Int.max) < (q.1 ?? Int.max, q.0 ?? Int.max) }
        return pairs
    }
}
