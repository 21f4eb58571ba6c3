/// What a change does to a stack's objects: the objects added, removed and changed (sorted
/// by identity), each changed one with its field and item changes, and how many stayed the
/// same. Build one with `DiffReport(old:new:)`; print it with `DiffFormat`.
public struct DiffReport: Sendable, Equatable {
    /// One object that was added, removed or changed.
    public struct Entry: Sendable, Equatable {
        public var identity: ObjectIdentity
        public var kind: DiffChange.Kind
        /// The `apiVersion` (the new one, for an object on both sides).
        public var apiVersion: String
        /// The file it was read from on each side (nil where it is missing).
        public var oldFile: String?
        public var newFile: String?
        /// For a changed object: what changed inside it. Empty for added and removed objects.
        public var changes: [DiffChange]

        public init(identity: ObjectIdentity, kind: DiffChange.Kind, apiVersion: String, oldFile: String?, newFile: String?,
                    changes: [DiffChange] = []) {
            self.identity = identity
            self.kind = kind
            self.apiVersion = apiVersion
            self.oldFile = oldFile
            self.newFile = newFile
            self.changes = changes
        }
    }

    /// Added, removed and changed objects, sorted by identity.
    public var entries: [Entry]
    /// How many objects are on both sides with no change.
    public var unchanged: Int
    /// Things the reader should know (an identity found twice on one side).
    public var notices: [String]

    public init(entries: [Entry], unchanged: Int, notices: [String] = []) {
        self.entries = entries
        self.unchanged = unchanged
        self.notices = notices
    }

    /// Compares two versions of a stack's objects.
    public init(old: [KubeObject], new: [KubeObject]) {
        let (pairs, notices) = ObjectMatcher.match(old: old, new: new)
        var entries: [Entry] = []
        var unchanged = 0
        for p in pairs {
            switch (p.old, p.new) {
            case (nil, let o?):
                entries.append(Entry(identity: p.identity, kind: .added, apiVersion: o.apiVersion, oldFile: nil, newFile: o.file))
            case (let o?, nil):
                entries.append(Entry(identity: p.identity, kind: .removed, apiVersion: o.apiVersion, oldFile: o.file, newFile: nil))
            case (let x?, let y?):
                let changes = x.value == y.value ? [] : ObjectDiffer.changes(x, y)
                if changes.isEmpty {
                    unchanged += 1
                } else {
                    entries.append(Entry(identity: p.identity, kind: .changed, apiVersion: y.apiVersion, oldFile: x.file,
                                         newFile: y.file, changes: changes))
                }
            case (nil, nil):
                break
            }
        }
        self.init(entries: entries, unchanged: unchanged, notices: notices)
    }

    public var added: Int { entries.count { $0.kind == .added } }
    public var removed: Int { entries.count { $0.kind == .removed } }
    public var changed: Int { entries.count { $0.kind == .changed } }
    /// True when any object was added, removed or changed (`stackc diff` exits 1).
    public var hasChanges: Bool { !entries.isEmpty }

    /// `1 added, 0 removed, 2 changed, 57 unchanged`, or `no changes (60 objects)`.
    public var summary: String {
        if !hasChanges { return "no changes (\(unchanged) object\(unchanged == 1 ? "" : "s"))" }
        return "\(added) added, \(removed) removed, \(changed) changed, \(unchanged) unchanged"
    }
}

/// The formats `stackc diff` prints a report in.
public enum DiffFormat: String, Sendable, CaseIterable {
    /// For a terminal: one line per object and change.
    case text
    /// For tools: the report as data.
    case json
    /// For a pull-request comment: a summary table, then the changes of each object.
    case markdown

    public func render(_ report: DiffReport) -> String {
        switch self {
        case .text: return DiffTextRenderer.render(report)
        case .json: return DiffJSONRenderer.render(report)
        case .markdown: return DiffMarkdownRenderer.render(report)
        }
    }
}
