import PromQL
import YAML

/// A promtool rule-test file (`promtool test rules FILE`), read unchanged: the rule files to
/// load, the evaluation interval and group order, and the test groups.
public struct TestFile: Sendable, Equatable {
    public var ruleFiles: [String] = []
    /// Milliseconds (default 1m).
    public var evaluationInterval: Int64 = 60_000
    public var groupEvalOrder: [String] = []
    public var tests: [TestGroup] = []

    /// One entry of `tests`: input series and the expectations checked against them.
    public struct TestGroup: Sendable, Equatable {
        public var name = ""
        /// Milliseconds between input samples (absent: promtool 2.x loads every value at 0).
        public var interval: Int64?
        public var inputSeries: [(series: String, values: String)] = []
        public var alertRuleTests: [AlertRuleTest] = []
        public var promqlExprTests: [ExprTest] = []
        public var externalLabels: [String: String] = [:]
        public var externalURL: String?

        public static func == (a: TestGroup, b: TestGroup) -> Bool {
            a.name == b.name && a.interval == b.interval && a.alertRuleTests == b.alertRuleTests
                && a.promqlExprTests == b.promqlExprTests && a.externalLabels == b.externalLabels
                && a.externalURL == b.externalURL
                && a.inputSeries.map { $0.series + "\u{0}" + $0.values } == b.inputSeries.map { $0.series + "\u{0}" + $0.values }
        }
    }

    /// `alert_rule_test`: the alerts named `alertname` firing at `evalTime`.
    public struct AlertRuleTest: Sendable, Equatable {
        public var evalTime: Int64 = 0
        public var alertname = ""
        public var expAlerts: [ExpectedAlert] = []

        public init(evalTime: Int64 = 0, alertname: String = "", expAlerts: [ExpectedAlert] = []) {
            self.evalTime = evalTime
            self.alertname = alertname
            self.expAlerts = expAlerts
        }
    }

    /// One expected alert: its labels and annotations after template expansion.
    public struct ExpectedAlert: Sendable, Equatable {
        public var labels: [String: String] = [:]
        public var annotations: [String: String] = [:]

        public init(labels: [String: String] = [:], annotations: [String: String] = [:]) {
            self.labels = labels
            self.annotations = annotations
        }
    }

    /// `promql_expr_test`: a query's expected samples at `evalTime`.
    public struct ExprTest: Sendable, Equatable {
        public var expr = ""
        public var evalTime: Int64 = 0
        public var expSamples: [(labels: String, value: Double)] = []

        public static func == (a: ExprTest, b: ExprTest) -> Bool {
            a.expr == b.expr && a.evalTime == b.evalTime
                && a.expSamples.map(\.labels) == b.expSamples.map(\.labels)
                && a.expSamples.map(\.value) == b.expSamples.map(\.value)
        }
    }

    /// Reads a test file's YAML text.
    public static func parse(_ text: String) throws(TestFileError) -> TestFile {
        if let shapeError = TestFileSchema.check(text) { throw TestFileError(shapeError) }
        let root: YAMLValue
        do {
            root = try YAML.parse(text)
        } catch {
            throw TestFileError("\(error)")
        }
        let r = try Reader(root, path: "")
        var f = TestFile()
        f.ruleFiles = try r.strings("rule_files")
        // promtool takes a zero (or absent) evaluation interval as its default, one minute.
        if let d = try r.duration("evaluation_interval"), d > 0 { f.evaluationInterval = d }
        f.groupEvalOrder = try r.strings("group_eval_order")
        for (i, t) in try r.list("tests").enumerated() {
            let g = try Reader(t, path: "tests[\(i)]")
            var group = TestGroup()
            group.name = try g.string("name") ?? ""
            group.interval = try g.duration("interval")
            for (j, s) in try g.list("input_series").enumerated() {
                let sr = try Reader(s, path: "\(g.path).input_series[\(j)]")
                group.inputSeries.append((try sr.string("series") ?? "", try sr.string("values") ?? ""))
            }
            for (j, a) in try g.list("alert_rule_test").enumerated() {
                let ar = try Reader(a, path: "\(g.path).alert_rule_test[\(j)]")
                var test = AlertRuleTest()
                test.evalTime = try ar.duration("eval_time") ?? 0
                test.alertname = try ar.string("alertname") ?? ""
                for (k, e) in try ar.list("exp_alerts").enumerated() {
                    let er = try Reader(e, path: "\(ar.path).exp_alerts[\(k)]")
                    test.expAlerts.append(ExpectedAlert(labels: try er.stringMap("exp_labels"), annotations: try er.stringMap("exp_annotations")))
                }
                group.alertRuleTests.append(test)
            }
            for (j, e) in try g.list("promql_expr_test").enumerated() {
                let er = try Reader(e, path: "\(g.path).promql_expr_test[\(j)]")
                var test = ExprTest()
                test.expr = try er.string("expr") ?? ""
                test.evalTime = try er.duration("eval_time") ?? 0
                for (k, s) in try er.list("exp_samples").enumerated() {
                    let sr = try Reader(s, path: "\(er.path).exp_samples[\(k)]")
                    test.expSamples.append((try sr.string("labels") ?? "", try sr.number("value") ?? 0))
                }
                group.promqlExprTests.append(test)
            }
            group.externalLabels = try g.stringMap("external_labels")
            group.externalURL = try g.string("external_url")
            f.tests.append(group)
        }
        return f
    }
}

/// A test file that cannot be read: the field path and what was expected.
public struct TestFileError: Error, Sendable, Equatable, CustomStringConvertible {
    public let message: String
    init(_ message: String) { self.message = message }
    public var description: String { message }
}

/// Typed access to one YAML mapping of a test file, with field paths in errors.
private struct Reader {
    let fields: [(key: YAMLValue, value: YAMLValue)]
    let path: String

    init(_ v: YAMLValue, path: String) throws(TestFileError) {
        switch v {
        case .mapping(let m): fields = m
        case .null: fields = []
        default: throw TestFileError("\(path.isEmpty ? "the test file" : path): expected a mapping")
        }
        self.path = path
    }

    private func field(_ name: String) -> YAMLValue? {
        fields.first { if case .string(name) = $0.key { return true } else { return false } }?.value
    }

    private func at(_ name: String) -> String { path.isEmpty ? name : path + "." + name }

    func string(_ name: String) throws(TestFileError) -> String? {
        switch field(name) {
        case nil, .null?: return nil
        case .string(let s)?: return s
        case .int(let i)?: return String(i)
        case .float(let d)?: return String(d)
        case .bool(let b)?: return String(b)
        default: throw TestFileError("\(at(name)): expected a string")
        }
    }

    func number(_ name: String) throws(TestFileError) -> Double? {
        switch field(name) {
        case nil, .null?: return nil
        case .int(let i)?: return Double(i)
        case .float(let d)?: return d
        default: throw TestFileError("\(at(name)): expected a number")
        }
    }

    func duration(_ name: String) throws(TestFileError) -> Int64? {
        guard let s = try string(name) else { return nil }
        // promtool's wording, without the field path.
        guard let d = PromQLDuration(parsing: s) else { throw TestFileError("not a valid duration string: \(goQuote(s))") }
        return d.milliseconds
    }

    func list(_ name: String) throws(TestFileError) -> [YAMLValue] {
        switch field(name) {
        case nil, .null?: return []
        case .sequence(let items)?: return items
        default: throw TestFileError("\(at(name)): expected a list")
        }
    }

    func strings(_ name: String) throws(TestFileError) -> [String] {
        var out: [String] = []
        for (i, v) in try list(name).enumerated() {
            guard case .string(let s) = v else { throw TestFileError("\(at(name))[\(i)]: expected a string") }
            out.append(s)
        }
        return out
    }

    func stringMap(_ name: String) throws(TestFileError) -> [String: String] {
        switch field(name) {
        case nil, .null?: return [:]
        case .mapping(let m)?:
            var out: [String: String] = [:]
            for (k, v) in m {
                guard case .string(let key) = k else { throw TestFileError("\(at(name)): expected string keys") }
                switch v {
                case .string(let s): out[key] = s
                case .int(let i): out[key] = String(i)
                case .float(let d): out[key] = String(d)
                case .bool(let b): out[key] = String(b)
                default: throw TestFileError("\(at(name)).\(key): expected a string")
                }
            }
            return out
        default: throw TestFileError("\(at(name)): expected a mapping")
        }
    }
}
