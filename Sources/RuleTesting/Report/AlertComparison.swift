import PromQL

/// Compares an `alert_rule_test`'s expected alerts with the firing ones and words a mismatch
/// as promtool does.
enum AlertComparison {
    /// A label set as promtool compares them: sorted by name, empty values kept (an expected
    /// `cluster: ""` is a label that a firing alert never has).
    struct LabelList: Equatable, Comparable, CustomStringConvertible {
        var pairs: [(name: String, value: String)]

        init(_ dict: [String: String]) { pairs = dict.sorted { $0.key < $1.key }.map { ($0.key, $0.value) } }
        init(_ labels: Labels) { pairs = labels.pairs }

        static func == (a: LabelList, b: LabelList) -> Bool {
            a.pairs.count == b.pairs.count && zip(a.pairs, b.pairs).allSatisfy { $0.name == $1.name && $0.value == $1.value }
        }

        /// Prometheus' `labels.Compare`: pair by pair, names then values, then length.
        static func < (a: LabelList, b: LabelList) -> Bool {
            for (x, y) in zip(a.pairs, b.pairs) {
                if x.name != y.name { return x.name < y.name }
                if x.value != y.value { return x.value < y.value }
            }
            return a.pairs.count < b.pairs.count
        }

        var description: String {
            "{" + pairs.map { "\($0.name)=\(GoFormat.quote($0.value))" }.joined(separator: ", ") + "}"
        }
    }

    /// One alert as compared: labels (with `alertname`) and annotations.
    struct Entry: Equatable {
        var labels: LabelList
        var annotations: LabelList

        static func sorted(_ entries: [Entry]) -> [Entry] {
            entries.sorted { a, b in
                if a.labels != b.labels { return a.labels < b.labels }
                return a.annotations < b.annotations
            }
        }
    }

    /// nil when the firing alerts are the expected ones, else the failure text.
    static func compare(_ test: TestFile.AlertRuleTest, got: [Alert], groupName: String) -> String? {
        let expected = Entry.sorted(test.expAlerts.map { e in
            var labels = e.labels
            labels["alertname"] = test.alertname
            return Entry(labels: LabelList(labels), annotations: LabelList(e.annotations))
        })
        let actual = Entry.sorted(got.map { Entry(labels: LabelList($0.labels), annotations: LabelList($0.annotations)) })
        if expected == actual { return nil }
        let name = groupName.isEmpty ? "" : "    name: \(groupName),\n"
        let pad = "            "
        return "\(name)    alertname: \(test.alertname), time: \(GoFormat.modelDuration(test.evalTime)), \n"
            + "        exp:\(indent(describe(expected), pad)), \n"
            + "        got:\(indent(describe(actual), pad))"
    }

    /// promtool's listing: `[]`, or `[`, then `N:` with indented `Labels:`/`Annotations:`
    /// lines per alert, separated by commas, then `]`.
    static func describe(_ entries: [Entry]) -> String {
        if entries.isEmpty { return "[]" }
        var s = "["
        for (i, e) in entries.enumerated() {
            s += (i == 0 ? "\n" : ",\n") + "\(i):" + indent("\nLabels:\(e.labels)\nAnnotations:\(e.annotations)", "  ")
        }
        return s + "\n]"
    }

    static func indent(_ s: String, _ pad: String) -> String {
        s.replacingOccurrences(of: "\n", with: "\n" + pad)
    }
}
