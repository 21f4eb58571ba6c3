import PromQL

/// Runs a `promql_expr_test`'s query and compares the result with its expected samples,
/// wording a mismatch or an error as promtool does.
enum ExprComparison {
    private struct Entry: Equatable {
        var labels: Labels
        var value: Double
    }

    /// nil when the query returns exactly the expected samples (values compared with `==`, so
    /// NaN never matches, as in promtool), else the failure text.
    static func compare(_ test: TestFile.ExprTest, storage: MemoryStorage, engine: PromQLEngine) -> String? {
        let head = "    expr: \(GoFormat.quote(test.expr)), time: \(GoFormat.modelDuration(test.evalTime))"
        var got: [Entry] = []
        do {
            let expr = try PromQLParser.parse(test.expr)
            switch try engine.instantQuery(expr, at: test.evalTime, storage: storage) {
            case .vector(let v): got = v.map { Entry(labels: $0.labels, value: $0.v) }
            case .scalar(_, let v): got = [Entry(labels: .empty, value: v)]
            case .matrix, .string: return "\(head), err: rule result is not a vector or scalar"
            }
        } catch {
            return "\(head), err: \(error)"
        }
        var expected: [Entry] = []
        for s in test.expSamples {
            do {
                expected.append(Entry(labels: try metricLabels(s.labels), value: s.value))
            } catch {
                return "\(head), err: labels \(GoFormat.quote(s.labels)): \(error)"
            }
        }
        expected.sort { $0.labels < $1.labels }
        got.sort { $0.labels < $1.labels }
        if expected == got { return nil }
        return "\(head),\n        exp: \(describe(expected))\n        got: \(describe(got))"
    }

    /// Prometheus' `parser.ParseMetric`: `name{a="b"}`, `{a="b"}` or empty.
    static func metricLabels(_ text: String) throws -> Labels {
        if text.allSatisfy({ $0 == " " || $0 == "\t" || $0 == "\n" }) { return .empty }
        return try InputSeries.labels(text)
    }

    private static func describe(_ entries: [Entry]) -> String {
        if entries.isEmpty { return "nil" }
        return entries.map { "\($0.labels) \(GoFormat.exponent($0.value))" }.joined(separator: ", ")
    }
}
