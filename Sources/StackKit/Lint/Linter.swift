/// Runs every check over a stack's objects and filters the findings by configuration.
public enum Linter {
    /// Every check, in report order.
    public static let checks: [any LintCheck] = [
        KubernetesCheck(),
        ScrapeWiringCheck(),
        RelabelCheck(),
        RuleCheck(),
    ]

    /// Every rule any check can report.
    public static var rules: [LintRule] { checks.flatMap(\.rules) }

    /// Findings sorted by file, object, rule and message, without disabled rules.
    public static func run(_ context: LintContext, config: LintConfig = LintConfig()) -> [LintFinding] {
        var out: [LintFinding] = []
        for check in checks {
            for var f in check.run(context) where !config.disabled.contains(f.rule) {
                if let s = config.severity[f.rule] { f.severity = s }
                out.append(f)
            }
        }
        return out.sorted { a, b in
            (a.file, a.object, a.rule, a.message) < (b.file, b.object, b.rule, b.message)
        }
    }
}

/// Which rules are off and which have another severity (`--disable ID`, the config file).
public struct LintConfig: Sendable, Equatable {
    public var disabled: Set<String> = []
    public var severity: [String: LintSeverity] = [:]

    public init(disabled: Set<String> = [], severity: [String: LintSeverity] = [:]) {
        self.disabled = disabled
        self.severity = severity
    }
}
