import YAML

/// One difference inside a changed object: a field whose value changed (`spec.replicas: 2 → 3`)
/// or a named item that was added, removed or changed (`+ alert KubePodCrashLooping`,
/// `~ panel "Memory"`), with the changes inside it.
public struct DiffChange: Sendable, Equatable {
    /// What happened to the field or item.
    public enum Kind: String, Sendable {
        case added, removed, changed

        /// `+`, `-` or `~`.
        public var marker: String {
            switch self {
            case .added: return "+"
            case .removed: return "-"
            case .changed: return "~"
            }
        }
    }

    public var kind: Kind
    /// A field path (`spec.template.spec.containers[name=prometheus].image`) or, for an item,
    /// its name (`group node.rules`, `alert NodeDiskFull`, `panel "CPU usage"`, `data.password`).
    public var subject: String
    /// True when `subject` names an item rather than a field path: items print their marker
    /// first (`+ alert X`), fields their path first (`spec.replicas: + 3`).
    public var isItem: Bool
    /// The value before (nil when added, or when only the content counts).
    public var old: YAMLEmitValue?
    /// The value after (nil when removed, or when only the content counts).
    public var new: YAMLEmitValue?
    /// The values must not be shown (Secret data): only that the content changed.
    public var redacted: Bool
    /// A short line diff of a multi-line string: `  context`, `- old`, `+ new`, `…` for a gap.
    public var lines: [String]
    /// The changes inside a changed item (the fields of an alert, the rules of a group), or
    /// the parts of an added or removed group.
    public var children: [DiffChange]

    public init(kind: Kind, subject: String, isItem: Bool = false, old: YAMLEmitValue? = nil, new: YAMLEmitValue? = nil,
                redacted: Bool = false, lines: [String] = [], children: [DiffChange] = []) {
        self.kind = kind
        self.subject = subject
        self.isItem = isItem
        self.old = old
        self.new = new
        self.redacted = redacted
        self.lines = lines
        self.children = children
    }

    /// How many leaf changes this is: 1 for a field or a childless item, else the sum of its
    /// children's.
    public var leafCount: Int {
        children.isEmpty ? 1 : children.reduce(0) { $0 + $1.leafCount }
    }
}

/// Where a value sits inside an object, printed as `spec.containers[name=x].ports[0]`: keys
/// joined with `.` (a key that would read ambiguously is quoted: `data["config.yaml"]`), list
/// positions as `[i]`, list elements matched by name as `[name=x]`.
public struct FieldPath: Sendable, Equatable, CustomStringConvertible {
    /// One step of a path.
    public enum Step: Sendable, Equatable {
        case key(String)
        case index(Int)
        case named(key: String, value: String)
    }

    public var steps: [Step]

    public init(_ steps: [Step] = []) {
        self.steps = steps
    }

    /// A path of object keys.
    public init(keys: [String]) {
        steps = keys.map(Step.key)
    }

    public func appending(_ step: Step) -> FieldPath {
        FieldPath(steps + [step])
    }

    public var description: String {
        var out = ""
        for step in steps {
            switch step {
            case .key(let k):
                if FieldPath.isPlain(k) {
                    if !out.isEmpty { out += "." }
                    out += k
                } else {
                    out += "[" + FieldPath.quoted(k) + "]"
                }
            case .index(let i):
                out += "[\(i)]"
            case .named(let key, let value):
                let shown = value.isEmpty || value.contains(where: { "[]=\" ".contains($0) }) ? FieldPath.quoted(value) : value
                out += "[\(key)=\(shown)]"
            }
        }
        return out
    }

    /// A key that reads unambiguously after a `.`: not empty, and none of `.`, `[`, `]`, `"`,
    /// `=` or white space.
    static func isPlain(_ k: String) -> Bool {
        !k.isEmpty && !k.unicodeScalars.contains { ".[]\"= \t\n\r".unicodeScalars.contains($0) || $0.value < 0x20 }
    }

    static func quoted(_ s: String) -> String {
        var out = ""
        JSONEmitter.quote(s, into: &out)
        return out
    }
}
