/// How bad a finding is: errors fail `stackc lint` (exit 1), warnings and notes do not.
public enum LintSeverity: String, Sendable, Comparable, CaseIterable {
    case error, warning, note

    public static func < (a: LintSeverity, b: LintSeverity) -> Bool {
        let order: [LintSeverity] = [.error, .warning, .note]
        return order.firstIndex(of: a)! < order.firstIndex(of: b)!
    }
}

/// One lint rule: a stable id (`scrape/selector-matches-nothing`), its default severity and
/// what it checks, for `--list-rules` and the README.
public struct LintRule: Sendable, Equatable {
    public let id: String
    public let severity: LintSeverity
    public let summary: String

    public init(_ id: String, _ severity: LintSeverity, _ summary: String) {
        self.id = id
        self.severity = severity
        self.summary = summary
    }
}

/// One problem found: which rule, how bad, which object (and file), what is wrong and how to
/// fix it.
public struct LintFinding: Sendable, Equatable {
    public var rule: String
    public var severity: LintSeverity
    /// `Kind namespace/name` of the object the finding is about.
    public var object: String
    /// The file the object was read from (or is written to, for a stack source).
    public var file: String
    /// What is wrong, naming the parts involved.
    public var message: String
    /// How to fix it.
    public var fix: String
    /// For a compiled stack, the field of the stack's value holding the object
    /// (`.prometheus.serviceMonitor`), to find it in the Jsonnet source; else "".
    public var field: String
    /// For a compiled stack, where that field's value is written in the Jsonnet source
    /// (`file:line:col`); else "".
    public var location: String

    public init(rule: LintRule, object: KubeObject, message: String, fix: String) {
        self.rule = rule.id
        self.severity = rule.severity
        self.object = object.reference
        self.file = object.file
        self.field = object.field
        self.location = object.location
        self.message = message
        self.fix = fix
    }
}
