/// Pairs the objects of two versions of a stack by what identifies them in a cluster (API
/// group, kind, namespace, name: `ObjectIdentity`), not by the file they are in, so a file
/// renamed or split is no change.
enum ObjectMatcher {
    /// One identity and its object on each side (nil where it is missing).
    struct Pair {
        var identity: ObjectIdentity
        var old: KubeObject?
        var new: KubeObject?
    }

    /// The pairs, sorted by identity, and a notice for each identity that occurs more than once
    /// on one side (only the first occurrence is compared).
    static func match(old: [KubeObject], new: [KubeObject]) -> (pairs: [Pair], notices: [String]) {
        var notices: [String] = []
        func index(_ objects: [KubeObject], side: String) -> [ObjectIdentity: KubeObject] {
            var out: [ObjectIdentity: KubeObject] = [:]
            var files: [ObjectIdentity: [String]] = [:]
            var order: [ObjectIdentity] = []
            for o in objects {
                let id = ObjectIdentity(o)
                if files[id] == nil { order.append(id) }
                files[id, default: []].append(o.file)
                if out[id] == nil { out[id] = o }
            }
            for id in order.sorted() {
                guard let f = files[id], f.count > 1 else { continue }
                notices.append("\(side): \(id) occurs \(f.count) times (\(f.joined(separator: ", "))); only the first is compared")
            }
            return out
        }
        let a = index(old, side: "old")
        let b = index(new, side: "new")
        let ids = Set(a.keys).union(b.keys).sorted()
        return (ids.map { Pair(identity: $0, old: a[$0], new: b[$0]) }, notices)
    }
}
