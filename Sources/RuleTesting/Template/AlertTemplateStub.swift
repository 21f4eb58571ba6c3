// TEMPORARY stub: replaced by the real template engine at merge.
public struct TemplateQuerySample: Sendable, Equatable {
    public var labels: [String: String]
    public var value: Double
    public init(labels: [String: String], value: Double) { self.labels = labels; self.value = value }
}
public struct AlertTemplateContext: Sendable {
    public var labels: [String: String]
    public var externalLabels: [String: String]
    public var externalURL: String
    public var value: Double
    public init(labels: [String: String], externalLabels: [String: String], externalURL: String, value: Double) {
        self.labels = labels; self.externalLabels = externalLabels; self.externalURL = externalURL; self.value = value
    }
}
public enum AlertTemplate {
    public static func expand(_ text: String, ruleName: String, context: AlertTemplateContext,
                              query: (String) throws -> [TemplateQuerySample]) -> String { text }
}
