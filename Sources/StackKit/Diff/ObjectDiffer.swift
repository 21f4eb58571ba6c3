import YAML

/// The changes between two versions of one object: field by field, with the parts that have
/// their own comparison taken out and compared item by item (a PrometheusRule's groups, a
/// ConfigMap's data, a Secret's content). Field changes come first, in path order, then items.
enum ObjectDiffer {
    static func changes(_ old: KubeObject, _ new: KubeObject) -> [DiffChange] {
        let a = old.value
        let b = new.value
        switch (new.group, new.kind) {
        case ("", "Secret"):
            // kubectl's last-applied annotation holds the whole Secret, values included.
            let lastApplied = ["metadata", "annotations", "kubectl.kubernetes.io/last-applied-configuration"]
            let fields: Set<String> = ["data", "stringData"]
            var items = DataDiff.secret(a, b)
            switch (a.at(lastApplied), b.at(lastApplied)) {
            case (nil, _?): items.append(DiffChange(kind: .added, subject: FieldPath(keys: lastApplied).description, isItem: true, redacted: true))
            case (_?, nil): items.append(DiffChange(kind: .removed, subject: FieldPath(keys: lastApplied).description, isItem: true, redacted: true))
            case (let x?, let y?) where x != y:
                items.append(DiffChange(kind: .changed, subject: FieldPath(keys: lastApplied).description, isItem: true, redacted: true))
            default: break
            }
            return ValueDiff.changes(a.removingKeys(fields).removing(path: lastApplied), b.removingKeys(fields).removing(path: lastApplied)) + items
        case ("", "ConfigMap"):
            var plainA = a, plainB = b
            var items: [DiffChange] = []
            for field in ["binaryData", "data"] where DataDiff.isKeyed(a.at([field])) && DataDiff.isKeyed(b.at([field])) {
                plainA = plainA.removingKeys([field])
                plainB = plainB.removingKeys([field])
                items += DataDiff.configMap(a.at([field]), b.at([field]), field: field)
            }
            return ValueDiff.changes(plainA, plainB) + items
        case ("monitoring.coreos.com", "PrometheusRule"):
            guard let items = RuleDiff.changes(a.at(["spec", "groups"]), b.at(["spec", "groups"])) else { break }
            return ValueDiff.changes(a.removing(path: ["spec", "groups"]), b.removing(path: ["spec", "groups"])) + items
        default:
            break
        }
        return ValueDiff.changes(a, b)
    }
}
