import YAML

/// Grafana dashboards held in ConfigMaps compared panel by panel: panels (and the panels of
/// collapsed rows) matched by title, `+ panel "CPU usage"`, `~ panel "Memory":
/// targets[0].expr …`, and the dashboard's other fields (title, templating, time) as field
/// changes. Panel order and position are compared only as their `gridPos` fields.
enum DashboardDiff {
    /// The dashboard a ConfigMap value holds: a JSON object with a `panels` list; else nil.
    static func dashboard(_ text: String) -> [String: YAMLEmitValue]? {
        guard let first = text.unicodeScalars.first(where: { !" \t\r\n".unicodeScalars.contains($0) }), first == "{",
              case .object(let o)? = JSONReader.parse(text), case .array? = o["panels"] else { return nil }
        return o
    }

    /// The changes from one dashboard to another: its fields in path order, then its panels
    /// by name.
    static func changes(_ old: [String: YAMLEmitValue], _ new: [String: YAMLEmitValue]) -> [DiffChange] {
        var out = ValueDiff.changes(YAMLEmitValue.object(old).removingKeys(["panels"]), YAMLEmitValue.object(new).removingKeys(["panels"]))
        let a = panels(old)
        let b = panels(new)
        var byNameA: [String: YAMLEmitValue] = [:]
        for p in a { byNameA[p.subject] = p.value }
        var byNameB: [String: YAMLEmitValue] = [:]
        for p in b { byNameB[p.subject] = p.value }
        for subject in Set(byNameA.keys).union(byNameB.keys).sorted(by: ValueDiff.byteOrder) {
            switch (byNameA[subject], byNameB[subject]) {
            case (nil, let v?): out.append(DiffChange(kind: .added, subject: subject, isItem: true, new: v))
            case (let v?, nil): out.append(DiffChange(kind: .removed, subject: subject, isItem: true, old: v))
            case (let x?, let y?):
                let fields = ValueDiff.changes(x.removingKeys(["title", "panels"]), y.removingKeys(["title", "panels"]))
                if !fields.isEmpty { out.append(DiffChange(kind: .changed, subject: subject, isItem: true, children: fields)) }
            case (nil, nil): break
            }
        }
        return out
    }

    /// Every panel, those inside collapsed rows included, named `panel "Title"` (`row
    /// "Title"` for a row); an untitled panel by its id (`panel #3`) or position (`panel
    /// [3]`); a repeated name gets ` (2)`, ` (3)`, … in order.
    static func panels(_ dashboard: [String: YAMLEmitValue]) -> [(subject: String, value: YAMLEmitValue)] {
        var flat: [YAMLEmitValue] = []
        for p in dashboard["panels"]?.arrayValue ?? [] {
            flat.append(p)
            if case .array(let inner)? = p.at(["panels"]) { flat += inner }
        }
        var out: [(subject: String, value: YAMLEmitValue)] = []
        var seen: [String: Int] = [:]
        for (k, p) in flat.enumerated() {
            let word = p.at(["type"])?.stringValue == "row" ? "row" : "panel"
            var subject: String
            if let title = p.at(["title"])?.stringValue, !title.isEmpty {
                subject = word + " " + FieldPath.quoted(title)
            } else if let id = p.at(["id"])?.numberValue, id.isFinite, id == id.rounded(), Swift.abs(id) < 1e15 {
                subject = word + " #\(Int64(id))"
            } else {
                subject = word + " [\(k)]"
            }
            let n = (seen[subject] ?? 0) + 1
            seen[subject] = n
            if n > 1 { subject += " (\(n))" }
            out.append((subject, p))
        }
        return out
    }
}
