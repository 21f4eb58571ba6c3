import PromQL

/// Compares an `alert_rule_test`'s expected alerts with the firing ones and words a mismatch
/// as promtool does.
enum AlertComparison {
    /// One alert as compared: labels (with `alertname`) and annotations.
    struct Entry: Equatable {
        var labels: Labels
        var annotations: Labels

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
            return Entry(labels: Labels(labels), annotations: Labels(e.annotations))
        })
        let actual = Entry.sorted(got.map { Entry(labels: $0.labels, annotations: $0.annotations) })
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
