import PromQL

/// One alerting or recording rule as Prometheus loads it from a rule file.
public struct Rule: Sendable {
    /// Which of `alert:` and `record:` the rule sets.
    public enum Kind: Sendable, Equatable {
        case alerting
        case recording
    }

    public var kind: Kind
    /// The alert name or the recorded metric name.
    public var name: String
    public var exprText: String
    public var expr: PromQLExpr
    /// `for`, in milliseconds (alerting rules).
    public var holdDuration: Int64 = 0
    /// `keep_firing_for`, in milliseconds (alerting rules).
    public var keepFiringFor: Int64 = 0
    /// Labels in the order written (template text for alerting rules).
    public var labels: [(name: String, value: String)] = []
    /// Annotations in the order written (template text).
    public var annotations: [(name: String, value: String)] = []

    public init(kind: Kind, name: String, exprText: String, expr: PromQLExpr) {
        self.kind = kind
        self.name = name
        self.exprText = exprText
        self.expr = expr
    }
}

/// A rule group: rules evaluated in order, each seeing what the ones before it wrote.
public struct RuleGroup: Sendable {
    public var name: String
    /// The file the group was read from, as named in the test file.
    public var file: String
    /// `interval`, in milliseconds, when the group sets one.
    public var interval: Int64?
    /// `limit`: most alerts or series one rule may produce (0: no limit).
    public var limit: Int = 0
    public var rules: [Rule] = []

    public init(name: String, file: String) {
        self.name = name
        self.file = file
    }
}
