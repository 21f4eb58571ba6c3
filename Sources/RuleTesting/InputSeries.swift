import PromQL

/// A mistake in a test file's `input_series`, worded as promtool words it where known.
public struct InputSeriesError: Error, Sendable, Equatable, CustomStringConvertible {
    public let message: String
    public var description: String { message }
}

/// One `input_series` entry of a promtool test file: a series written as a metric selector with
/// `=` matchers only (`up{job="node"}`) and its values in the expanding notation
/// (``SeriesValues``), one step per `interval` from `start` (milliseconds). A test group
/// without `interval` loads with a zero interval in promtool 2.x: only the first value counts.
public enum InputSeries {
    public static func load(series: String, values: String, interval: Int64, start: Int64 = 0,
                            into storage: MemoryStorage) throws(InputSeriesError) {
        // promtool parses the series and its values as one line: a selector that runs into
        // the values is reported where the values begin.
        if case .failure = Result(catching: { () throws(PromQLError) in try PromQLParser.parseSeriesDescription(series) }),
           case .failure(let combined) = Result(catching: { () throws(PromQLError) in try PromQLParser.parseSeriesDescription(series + " " + values) }) {
            throw InputSeriesError(message: combined.description)
        }
        let labels = try self.labels(series)
        let steps: [SeriesStep]
        do {
            steps = try SeriesValues.expand(values, columnOffset: series.unicodeScalars.count + 1)
        } catch {
            throw InputSeriesError(message: error.message)
        }
        for (i, step) in steps.enumerated() {
            let t = start + Int64(i) * interval
            // With a zero interval every step lands on `start`; storage keeps the first
            // (later samples at the same time are rejected as duplicates).
            if interval == 0 && i > 0 && storage.hasSamples(labels) { return }
            switch step {
            case .sample(let v): storage.append(labels, t: t, v: v)
            case .stale: storage.appendStale(labels, t: t)
            case .missing: continue
            }
        }
    }

    /// The label set a series description names.
    public static func labels(_ series: String) throws(InputSeriesError) -> Labels {
        let pairs: [(name: String, value: String)]
        do {
            pairs = try PromQLParser.parseSeriesDescription(series)
        } catch {
            throw InputSeriesError(message: error.description)
        }
        var dict: [String: String] = [:]
        for (name, value) in pairs {
            if dict[name] != nil {
                throw InputSeriesError(message: "label name \"\(name)\" is not unique: invalid sample")
            }
            dict[name] = value
        }
        return Labels(dict)
    }
}
