import Foundation

/// A sample returned by the `query` template function.
public struct TemplateQuerySample: Sendable, Equatable {
    /// The sample's labels (`.Labels` in a template; `__value__` is what `strvalue` reads).
    public var labels: [String: String]
    /// The sample's value (`.Value`, `value`).
    public var value: Double
    /// A sample with these labels and value.
    public init(labels: [String: String], value: Double) {
        self.labels = labels
        self.value = value
    }
}

/// What one alert's templates see: `$labels`, `$externalLabels`, `$externalURL`, `$value`.
public struct AlertTemplateContext: Sendable {
    /// The sample's labels, `__name__` included if present.
    public var labels: [String: String]
    /// The external labels of the test (`$externalLabels`).
    public var externalLabels: [String: String]
    /// The external URL of the test (`$externalURL`; the `externalURL` and `pathPrefix`
    /// functions do not use it: promtool has no URL object, and they fail there).
    public var externalURL: String
    /// The sample's value (`$value`).
    public var value: Double
    /// The context of one alert.
    public init(labels: [String: String], externalLabels: [String: String], externalURL: String, value: Double) {
        self.labels = labels
        self.externalLabels = externalLabels
        self.externalURL = externalURL
        self.value = value
    }
}

/// Prometheus alert template expansion: Go `text/template` (Go 1.19) with Prometheus 2.42's
/// template functions, as promtool runs it for alert rule labels and annotations.
///
/// Results are Swift strings: where Go's result would hold bytes that are not UTF-8 (a `\xff`
/// escape, a `slice` inside a character), each such byte is U+FFFD. Inside the template such
/// strings keep Go's bytes (`len`, `index`, `%x`, `%q` see them).
public enum AlertTemplate {
    /// The variables Prometheus defines before an alert's label or annotation text.
    static let definitions = "{{$labels := .Labels}}{{$externalLabels := .ExternalLabels}}{{$externalURL := .ExternalURL}}{{$value := .Value}}"

    /// Expands one label or annotation value of the alerting rule `ruleName` as Prometheus does.
    /// On failure returns the text Prometheus puts in its place:
    /// `<error expanding template: …>` with Go's wording (template name `__alert_<ruleName>`).
    /// `query` runs a PromQL query at the rule's evaluation time (for the `query` function);
    /// its thrown error's `description`/`String(describing:)` is the message.
    public static func expand(_ text: String, ruleName: String, context: AlertTemplateContext,
                              query: (String) throws -> [TemplateQuerySample]) -> String {
        if !text.contains("{{") { return text }
        return withoutActuallyEscaping(query) { q -> String in
            if let result = try? attempt(text, ruleName: ruleName, context: context, query: q, deep: false) {
                return result
            }
            // Nested too deeply for this thread's stack: again on a thread with room for Go's depth.
            return runOnDeepStack {
                (try? attempt(text, ruleName: ruleName, context: context, query: q, deep: true)) ?? ""
            }
        }
    }

    /// One expansion; throws only ``TemplateNeedsDeepStack`` (when not `deep`).
    private static func attempt(_ text: String, ruleName: String, context: AlertTemplateContext,
                                query: @escaping (String) throws -> [TemplateQuerySample], deep: Bool) throws -> String {
        let name = "__alert_" + ruleName
        let full = definitions + text
        let set: TemplateSet
        do {
            set = try TemplateParser.parse(full, name: name, functions: TemplatePrometheusFunctions.names, deep: deep)
        } catch let e as TemplateParseError {
            return "<error expanding template: error parsing template \(name): \(e.message)>"
        }
        let data = GoValue.data(AlertTemplateData(labels: context.labels, externalLabels: context.externalLabels,
                                                  externalURL: context.externalURL, value: context.value))
        let executor = TemplateExecutor(set: set, name: name, text: full,
                                        functions: TemplatePrometheusFunctions.table(query: query), deep: deep)
        do {
            return GoBytes.replacingRawBytes(try executor.execute(data))
        } catch let e as TemplateExecError {
            return GoBytes.replacingRawBytes("<error expanding template: error executing template \(name): \(e.message)>")
        }
    }

    /// The parse error Prometheus reports for `text` when it loads the rule file
    /// (`template: __alert_<ruleName>:1: …`), or nil when the text parses.
    public static func syntaxError(_ text: String, ruleName: String) -> String? {
        if !text.contains("{{") { return nil }
        func check(deep: Bool) throws -> String? {
            do {
                _ = try TemplateParser.parse(definitions + text, name: "__alert_" + ruleName,
                                             functions: TemplatePrometheusFunctions.names, deep: deep)
                return nil
            } catch let e as TemplateParseError {
                return e.message
            }
        }
        if let result = try? check(deep: false) { return result }
        return runOnDeepStack { (try? check(deep: true)) ?? nil }
    }

    /// Runs `body` on a thread with a 1 GiB stack and waits for it.
    private static func runOnDeepStack<T>(_ body: @escaping () -> T) -> T {
        let box = DeepStackBox(body)
        let done = DispatchSemaphore(value: 0)
        let thread = Thread {
            box.result = box.body?()
            // Nothing of the caller's closures may outlive the call (withoutActuallyEscaping).
            box.body = nil
            done.signal()
        }
        thread.stackSize = 1 << 30
        thread.start()
        done.wait()
        return box.result!
    }
}

/// Carries a computation to the large-stack thread and its result back.
private final class DeepStackBox<T>: @unchecked Sendable {
    var result: T?
    var body: (() -> T)?
    init(_ body: @escaping () -> T) { self.body = body }
}
