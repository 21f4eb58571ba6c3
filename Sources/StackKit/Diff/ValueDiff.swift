import YAML

/// The field-by-field difference of two plain values: object keys compared by name, lists
/// whose elements are objects with distinct `name`s (containers, env, ports, volumes,
/// volumeMounts, …) compared by name whatever their order, other lists aligned by their
/// longest common subsequence, multi-line strings as a short line diff.
enum ValueDiff {
    /// The changes from `old` to `new`, in path order.
    static func changes(_ old: YAMLEmitValue, _ new: YAMLEmitValue, at path: FieldPath = FieldPath()) -> [DiffChange] {
        var out: [DiffChange] = []
        diff(old, new, at: path, into: &out)
        return out
    }

    static func diff(_ old: YAMLEmitValue, _ new: YAMLEmitValue, at path: FieldPath, into out: inout [DiffChange]) {
        if old == new { return }
        switch (old, new) {
        case (.object(let a), .object(let b)):
            for key in Set(a.keys).union(b.keys).sorted(by: byteOrder) {
                let p = path.appending(.key(key))
                switch (a[key], b[key]) {
                case (nil, let v?): out.append(DiffChange(kind: .added, subject: p.description, new: v))
                case (let v?, nil): out.append(DiffChange(kind: .removed, subject: p.description, old: v))
                case (let x?, let y?): diff(x, y, at: p, into: &out)
                case (nil, nil): break
                }
            }
        case (.array(let a), .array(let b)):
            if let namesA = names(a), let namesB = names(b) {
                diffByName(a, namesA, b, namesB, at: path, into: &out)
            } else {
                diffAligned(a, b, at: path, into: &out)
            }
        case (.number(let x), .number(let y)) where x.isNaN && y.isNaN:
            return
        case (.string(let x), .string(let y)) where x.contains("\n") || y.contains("\n"):
            out.append(DiffChange(kind: .changed, subject: path.description, old: old, new: new, lines: LineDiff.lines(x, y)))
        default:
            out.append(DiffChange(kind: .changed, subject: path.description, old: old, new: new))
        }
    }

    /// The `name`s of a list's elements when every element is an object with a string `name`
    /// and no name repeats; else nil (the list is then compared by position).
    static func names(_ list: [YAMLEmitValue]) -> [String]? {
        var out: [String] = []
        var seen = Set<String>()
        for element in list {
            guard case .object(let o) = element, case .string(let n)? = o["name"], seen.insert(n).inserted else { return nil }
            out.append(n)
        }
        return out
    }

    private static func diffByName(_ a: [YAMLEmitValue], _ namesA: [String], _ b: [YAMLEmitValue], _ namesB: [String],
                                   at path: FieldPath, into out: inout [DiffChange]) {
        var byNameA: [String: YAMLEmitValue] = [:]
        for (n, v) in zip(namesA, a) { byNameA[n] = v }
        var byNameB: [String: YAMLEmitValue] = [:]
        for (n, v) in zip(namesB, b) { byNameB[n] = v }
        for name in Set(namesA).union(namesB).sorted(by: byteOrder) {
            let p = path.appending(.named(key: "name", value: name))
            switch (byNameA[name], byNameB[name]) {
            case (nil, let v?): out.append(DiffChange(kind: .added, subject: p.description, new: v))
            case (let v?, nil): out.append(DiffChange(kind: .removed, subject: p.description, old: v))
            case (let x?, let y?): diff(x, y, at: p, into: &out)
            case (nil, nil): break
            }
        }
    }

    /// Lists compared by position after lining up equal elements: a run of removed elements
    /// facing a run of added ones is compared pairwise (so one changed element shows its
    /// changed fields), the rest are added (at their new index) or removed (at their old).
    private static func diffAligned(_ a: [YAMLEmitValue], _ b: [YAMLEmitValue], at path: FieldPath, into out: inout [DiffChange]) {
        let steps = SequenceAlignment.align(a, b, equal: ==) ?? positional(a, b)
        var removed: [Int] = []
        var added: [Int] = []
        func flush() {
            let paired = min(removed.count, added.count)
            for k in 0..<paired {
                diff(a[removed[k]], b[added[k]], at: path.appending(.index(added[k])), into: &out)
            }
            for i in removed.dropFirst(paired) {
                out.append(DiffChange(kind: .removed, subject: path.appending(.index(i)).description, old: a[i]))
            }
            for j in added.dropFirst(paired) {
                out.append(DiffChange(kind: .added, subject: path.appending(.index(j)).description, new: b[j]))
            }
            removed = []
            added = []
        }
        for step in steps {
            switch step {
            case .same: flush()
            case .removed(let i): removed.append(i)
            case .added(let j): added.append(j)
            }
        }
        flush()
    }

    /// Position by position, for lists too long to align.
    private static func positional(_ a: [YAMLEmitValue], _ b: [YAMLEmitValue]) -> [SequenceAlignment.Step] {
        var steps: [SequenceAlignment.Step] = []
        for i in 0..<max(a.count, b.count) {
            if i < a.count && i < b.count && a[i] == b[i] {
                steps.append(.same(i, i))
                continue
            }
            if i < a.count { steps.append(.removed(i)) }
            if i < b.count { steps.append(.added(i)) }
        }
        return steps
    }

    /// Strings in byte order, as the emitters sort keys.
    static func byteOrder(_ x: String, _ y: String) -> Bool {
        x.utf8.lexicographicallyPrecedes(y.utf8)
    }
}

extension YAMLEmitValue {
    /// This object without the given top-level keys (other values as they are).
    func removingKeys(_ keys: Set<String>) -> YAMLEmitValue {
        guard case .object(let o) = self else { return self }
        return .object(o.filter { !keys.contains($0.key) })
    }

    /// This object with the value at `path` (a path of object keys) taken out.
    func removing(path: [String]) -> YAMLEmitValue {
        guard let first = path.first, case .object(var o) = self else { return self }
        if path.count == 1 {
            o.removeValue(forKey: first)
        } else if let inner = o[first] {
            o[first] = inner.removing(path: Array(path.dropFirst()))
        }
        return .object(o)
    }
}
