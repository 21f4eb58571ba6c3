import Foundation

/// Samples of a range vector with the window they were selected from.
struct RangeValue {
    var series: [Series]
    /// Inclusive window bounds in milliseconds.
    var start: Int64
    var end: Int64
    var rangeMs: Int64
}

/// An intermediate value.
enum EvalValue {
    case scalar(Double)
    case string(String)
    case vector([Sample])
    case range(RangeValue)
}

/// Evaluates PromQL expressions over a ``MemoryStorage`` (Prometheus 2.x semantics, floats only).
public struct PromQLEngine: Sendable {
    /// How far back an instant selector looks for a sample.
    public var lookbackDelta: Int64
    /// The step of subqueries written without one (`x[1h:]`): the evaluation interval.
    public var defaultSubqueryStep: Int64

    /// Most samples a query may hold at once (promtool's test engine: 10,000); nil for no limit.
    /// Counted as Prometheus 2.x counts them for a range selector (its points, plus one per
    /// series already reduced) and a subquery (its points twice: the inner evaluation's output
    /// and the range built from it).
    public var maxSamples: Int?

    public init(lookbackDelta: Int64 = 5 * 60_000, defaultSubqueryStep: Int64 = 60_000, maxSamples: Int? = nil) {
        self.lookbackDelta = lookbackDelta
        self.defaultSubqueryStep = defaultSubqueryStep
        self.maxSamples = maxSamples
    }

    static let tooManySamples = "query processing would load too many samples into memory in query execution"

    /// Evaluates `expr` at time `t` (milliseconds).
    public func instantQuery(_ expr: PromQLExpr, at t: Int64, storage: MemoryStorage) throws(PromQLError) -> PromQLValue {
        let ev = Evaluator(engine: self, storage: storage, start: t, end: t)
        switch try ev.eval(expr, at: t) {
        case .scalar(let v): return .scalar(t: t, v: v)
        case .string(let s): return .string(s)
        case .vector(let vs): return .vector(vs.map { Sample(labels: $0.labels, t: t, v: $0.v) })
        case .range(let r): return .matrix(r.series)
        }
    }

    /// Evaluates `expr` at `start`, `start + step`, … up to `end` (milliseconds), as a range
    /// query does: one series per label set, scalars as a series without labels.
    public func rangeQuery(_ expr: PromQLExpr, start: Int64, end: Int64, step: Int64, storage: MemoryStorage) throws(PromQLError) -> [Series] {
        guard step > 0 else { throw .eval("zero or negative query resolution step widths are not accepted. Try a positive integer") }
        let ev = Evaluator(engine: self, storage: storage, start: start, end: end)
        var bySeries: [Labels: Series] = [:]
        var t = start
        while t <= end {
            var samples: [(Labels, Double)] = []
            switch try ev.eval(expr, at: t) {
            case .scalar(let v): samples = [(.empty, v)]
            case .vector(let vs): samples = vs.map { ($0.labels, $0.v) }
            case .string, .range: throw .eval("invalid expression type \"\(expr.type.rawValue)\" for range query, must be Scalar or instant Vector")
            }
            for (l, v) in samples {
                bySeries[l, default: Series(labels: l)].timestamps.append(t)
                bySeries[l, default: Series(labels: l)].values.append(v)
            }
            t += step
        }
        return bySeries.values.sorted { $0.labels < $1.labels }
    }
}

final class Evaluator {
    let engine: PromQLEngine
    let storage: MemoryStorage
    let queryStart: Int64
    let queryEnd: Int64
    var regexCache: [String: RE2Regex] = [:]
    var selectCache: [String: [Series]] = [:]

    init(engine: PromQLEngine, storage: MemoryStorage, start: Int64, end: Int64) {
        self.engine = engine
        self.storage = storage
        self.queryStart = start
        self.queryEnd = end
    }

    // MARK: Selection

    func regex(_ pattern: String) throws(PromQLError) -> RE2Regex {
        if let r = regexCache[pattern] { return r }
        do {
            let r = try RE2Regex.anchored(pattern)
            regexCache[pattern] = r
            return r
        } catch {
            throw .eval("invalid regular expression \(goQuote(pattern)): \(error.message)")
        }
    }

    func matches(_ labels: Labels, _ matchers: [PromQLLabelMatcher]) throws(PromQLError) -> Bool {
        for m in matchers {
            let v = labels[m.name] ?? ""
            switch m.type {
            case .equal: if v != m.value { return false }
            case .notEqual: if v == m.value { return false }
            case .regexMatch: if !(try regex(m.value).matches(v)) { return false }
            case .regexNoMatch: if try regex(m.value).matches(v) { return false }
            }
        }
        return true
    }

    func select(_ matchers: [PromQLLabelMatcher]) throws(PromQLError) -> [Series] {
        let key = matchers.map(\.description).joined(separator: "\u{0}")
        if let hit = selectCache[key] { return hit }
        var out: [Series] = []
        for s in storage.sortedSeries where try matches(s.labels, matchers) { out.append(s) }
        selectCache[key] = out
        return out
    }

    /// The reference time of a selector evaluated at `t`.
    func refTime(_ t: Int64, at: PromQLAtModifier?, offset: PromQLDuration?) -> Int64 {
        var base = t
        switch at {
        case .timestamp(let ms): base = ms
        case .start: base = queryStart
        case .end: base = queryEnd
        case nil: break
        }
        return base - (offset?.milliseconds ?? 0)
    }

    /// Instant selection; `t` of each sample is the stored sample's timestamp.
    func vectorSelect(_ vs: PromQLVectorSelector, at t: Int64) throws(PromQLError) -> [Sample] {
        let ref = refTime(t, at: vs.at, offset: vs.offset)
        var out: [Sample] = []
        for s in try select(vs.matchers) {
            // Last sample at or before ref.
            var lo = 0, hi = s.timestamps.count
            while lo < hi {
                let mid = (lo + hi) / 2
                if s.timestamps[mid] <= ref { lo = mid + 1 } else { hi = mid }
            }
            guard lo > 0 else { continue }
            let i = lo - 1
            let ts = s.timestamps[i]
            if ts < ref - engine.lookbackDelta { continue }
            if isStaleMarker(s.values[i]) { continue }
            out.append(Sample(labels: s.labels, t: ts, v: s.values[i]))
        }
        return out
    }

    func matrixSelect(_ ms: PromQLMatrixSelector, at t: Int64) throws(PromQLError) -> RangeValue {
        let vs = ms.vectorSelector
        let end = refTime(t, at: vs.at, offset: vs.offset)
        let start = end - ms.range.milliseconds
        var out: [Series] = []
        for s in try select(vs.matchers) {
            var r = Series(labels: s.labels)
            for (ts, v) in zip(s.timestamps, s.values) where ts >= start && ts <= end && !isStaleMarker(v) {
                r.timestamps.append(ts)
                r.values.append(v)
            }
            if !r.timestamps.isEmpty {
                if let max = engine.maxSamples, out.count + r.timestamps.count + 1 > max { throw .eval(PromQLEngine.tooManySamples) }
                out.append(r)
            }
        }
        return RangeValue(series: out, start: start, end: end, rangeMs: ms.range.milliseconds)
    }

    func subquery(_ sq: PromQLSubquery, at t: Int64) throws(PromQLError) -> RangeValue {
        let end = refTime(t, at: sq.at, offset: sq.offset)
        let range = sq.range.milliseconds
        let step = sq.step?.milliseconds ?? engine.defaultSubqueryStep
        let start = end - range
        var first = (start / step) * step
        if first < start { first += step }
        var bySeries: [Labels: Series] = [:]
        var order: [Labels] = []
        var ts = first
        while ts <= end {
            switch try eval(sq.expr, at: ts) {
            case .vector(let samples):
                for s in samples {
                    if bySeries[s.labels] == nil { bySeries[s.labels] = Series(labels: s.labels); order.append(s.labels) }
                    bySeries[s.labels]!.timestamps.append(ts)
                    bySeries[s.labels]!.values.append(s.v)
                }
            case .scalar(let v):
                if bySeries[.empty] == nil { bySeries[.empty] = Series(labels: .empty); order.append(.empty) }
                bySeries[.empty]!.timestamps.append(ts)
                bySeries[.empty]!.values.append(v)
            default:
                throw .eval("subquery is only allowed on instant vector")
            }
            ts += step
        }
        if let max = engine.maxSamples {
            let points = bySeries.values.reduce(0) { $0 + $1.timestamps.count }
            if 2 * points + 1 > max { throw .eval(PromQLEngine.tooManySamples) }
        }
        return RangeValue(series: order.map { bySeries[$0]! }, start: start, end: end, rangeMs: range)
    }

    // MARK: Evaluation

    func eval(_ expr: PromQLExpr, at t: Int64) throws(PromQLError) -> EvalValue {
        switch expr {
        case .number(let v): return .scalar(v)
        case .string(let s): return .string(s)
        case .paren(let e): return try eval(e, at: t)
        case .vectorSelector(let vs):
            return .vector(try vectorSelect(vs, at: t).map { Sample(labels: $0.labels, t: t, v: $0.v) })
        case .matrixSelector(let ms): return .range(try matrixSelect(ms, at: t))
        case .subquery(let sq): return .range(try subquery(sq, at: t))
        case .unary(let op, let e):
            let v = try eval(e, at: t)
            if op == .plus { return v }
            switch v {
            case .scalar(let x): return .scalar(-x)
            case .vector(let s): return try unique(.vector(s.map { Sample(labels: $0.labels.droppingName, t: t, v: -$0.v) }))
            default: throw .eval("unary minus on \(expr.type.rawValue)")
            }
        case .binary(let b): return try unique(binary(b, at: t))
        case .aggregate(let a): return try aggregate(a, at: t)
        case .call(let c): return try unique(call(c, at: t))
        }
    }

    /// Prometheus rejects a step whose result holds two samples with one label set.
    func unique(_ v: EvalValue) throws(PromQLError) -> EvalValue {
        if case .vector(let s) = v { try checkUnique(s) }
        return v
    }

    func scalarArg(_ e: PromQLExpr, at t: Int64) throws(PromQLError) -> Double {
        if case .scalar(let v) = try eval(e, at: t) { return v }
        throw .eval("expected scalar, got \(e.type.rawValue)")
    }

    func stringArg(_ e: PromQLExpr, at t: Int64) throws(PromQLError) -> String {
        if case .string(let v) = try eval(e, at: t) { return v }
        throw .eval("expected string, got \(e.type.rawValue)")
    }

    func vectorArg(_ e: PromQLExpr, at t: Int64) throws(PromQLError) -> [Sample] {
        if case .vector(let v) = try eval(e, at: t) { return v }
        throw .eval("expected instant vector, got \(e.type.rawValue)")
    }

    func rangeArg(_ e: PromQLExpr, at t: Int64) throws(PromQLError) -> RangeValue {
        if case .range(let v) = try eval(e, at: t) { return v }
        throw .eval("expected range vector, got \(e.type.rawValue)")
    }

    /// Fails when two samples share a label set.
    func checkUnique(_ samples: [Sample]) throws(PromQLError) {
        var seen = Set<Labels>()
        for s in samples where !seen.insert(s.labels).inserted {
            throw .eval("vector cannot contain metrics with the same labelset")
        }
    }
}
