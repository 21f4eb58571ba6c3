import Foundation

extension Evaluator {
    func call(_ c: PromQLCall, at t: Int64) throws(PromQLError) -> EvalValue {
        let name = c.function.name
        let args = c.args
        switch name {
        case "time": return .scalar(Double(t) / 1000)
        case "pi": return .scalar(Double.pi)
        case "vector": return .vector([Sample(labels: .empty, t: t, v: try scalarArg(args[0], at: t))])
        case "scalar":
            let v = try vectorArg(args[0], at: t)
            return .scalar(v.count == 1 ? v[0].v : .nan)
        case "timestamp":
            var arg = args[0]
            while case .paren(let e) = arg { arg = e }
            if case .vectorSelector(let vs) = arg {
                return .vector(try vectorSelect(vs, at: t).map { Sample(labels: $0.labels.droppingName, t: t, v: Double($0.t) / 1000) })
            }
            return .vector(try vectorArg(arg, at: t).map { Sample(labels: $0.labels.droppingName, t: t, v: Double(t) / 1000) })
        case "absent":
            if try !vectorArg(args[0], at: t).isEmpty { return .vector([]) }
            return .vector([Sample(labels: absentLabels(args[0]), t: t, v: 1)])
        case "absent_over_time":
            if try !rangeArg(args[0], at: t).series.isEmpty { return .vector([]) }
            return .vector([Sample(labels: absentLabels(args[0]), t: t, v: 1)])
        case "sort", "sort_desc":
            let v = try vectorArg(args[0], at: t)
            let desc = name == "sort_desc"
            return .vector(v.enumerated().sorted { x, y in
                let p = x.element.v, q = y.element.v
                if p.isNaN != q.isNaN { return !p.isNaN }
                if p != q && !p.isNaN { return desc ? p > q : p < q }
                return x.offset < y.offset
            }.map(\.element))
        case "clamp", "clamp_min", "clamp_max":
            let v = try vectorArg(args[0], at: t)
            var lo = -Double.infinity, hi = Double.infinity
            if name == "clamp" { lo = try scalarArg(args[1], at: t); hi = try scalarArg(args[2], at: t) }
            if name == "clamp_min" { lo = try scalarArg(args[1], at: t) }
            if name == "clamp_max" { hi = try scalarArg(args[1], at: t) }
            if name == "clamp" && hi < lo { return .vector([]) }
            return .vector(v.map { s in
                var x = s.v
                if name != "clamp_max" { x = goMax(lo, x) }
                if name != "clamp_min" { x = goMin(hi, x) }
                return Sample(labels: s.labels.droppingName, t: t, v: x)
            })
        case "round":
            let v = try vectorArg(args[0], at: t)
            let to = args.count > 1 ? try scalarArg(args[1], at: t) : 1
            let inv = 1 / to
            return .vector(v.map { Sample(labels: $0.labels.droppingName, t: t, v: (($0.v * inv + 0.5).rounded(.down)) / inv) })
        case "histogram_quantile":
            return .vector(histogramQuantile(try scalarArg(args[0], at: t), try vectorArg(args[1], at: t), t: t))
        case "label_replace":
            return .vector(try labelReplace(args, at: t))
        case "label_join":
            let v = try vectorArg(args[0], at: t)
            let dst = try stringArg(args[1], at: t)
            let sep = try stringArg(args[2], at: t)
            var srcs: [String] = []
            for a in args.dropFirst(3) { srcs.append(try stringArg(a, at: t)) }
            if !isValidLabelName(dst) { throw .eval("invalid destination label name in label_join(): \(dst)") }
            for s in srcs where !isValidLabelName(s) { throw .eval("invalid source label name in label_join(): \(s)") }
            let out = v.map { s in
                Sample(labels: s.labels.setting(dst, srcs.map { s.labels[$0] ?? "" }.joined(separator: sep)), t: t, v: s.v)
            }
            try checkUnique(out)
            return .vector(out)
        case "day_of_month", "day_of_week", "day_of_year", "days_in_month", "hour", "minute", "month", "year":
            let v = args.isEmpty ? [Sample(labels: .empty, t: t, v: Double(t) / 1000)] : try vectorArg(args[0], at: t)
            return .vector(v.map { Sample(labels: $0.labels.droppingName, t: t, v: dateComponent(name, $0.v)) })
        case "holt_winters":
            let r = try rangeArg(args[0], at: t)
            let sf = try scalarArg(args[1], at: t), tf = try scalarArg(args[2], at: t)
            if !(sf > 0 && sf < 1) { throw .eval("invalid smoothing factor. Expected: 0 < sf < 1, got: \(goFloat(sf))") }
            if !(tf > 0 && tf < 1) { throw .eval("invalid trend factor. Expected: 0 < tf < 1, got: \(goFloat(tf))") }
            return .vector(r.series.compactMap { s in
                holtWinters(s.values, sf, tf).map { Sample(labels: s.labels.droppingName, t: t, v: $0) }
            })
        case "predict_linear":
            let r = try rangeArg(args[0], at: t)
            let d = try scalarArg(args[1], at: t)
            return .vector(r.series.compactMap { s in
                guard s.values.count >= 2 else { return nil }
                let (slope, intercept) = linearRegression(s, interceptTime: t)
                return Sample(labels: s.labels.droppingName, t: t, v: slope * d + intercept)
            })
        case "quantile_over_time":
            let q = try scalarArg(args[0], at: t)
            let r = try rangeArg(args[1], at: t)
            return .vector(r.series.map { Sample(labels: $0.labels.droppingName, t: t, v: quantile(q, $0.values)) })
        default: break
        }
        if let f = Self.simple[name] {
            return .vector(try vectorArg(args[0], at: t).map { Sample(labels: $0.labels.droppingName, t: t, v: f($0.v)) })
        }
        if c.function.argTypes.first == .rangeVector {
            let r = try rangeArg(args[0], at: t)
            var out: [Sample] = []
            for s in r.series {
                guard let v = rangeFunction(name, s, r) else { continue }
                out.append(Sample(labels: name == "last_over_time" ? s.labels : s.labels.droppingName, t: t, v: v))
            }
            return .vector(out)
        }
        throw .eval("function \(goQuote(name)) is not supported")
    }

    static let simple: [String: @Sendable (Double) -> Double] = [
        "abs": { Swift.abs($0) }, "ceil": { Foundation.ceil($0) }, "floor": { Foundation.floor($0) },
        "exp": { Foundation.exp($0) }, "ln": { Foundation.log($0) }, "log2": { goLog2($0) },
        "log10": { goLog10($0) }, "sqrt": { $0.squareRoot() },
        "sgn": { $0 > 0 ? 1 : ($0 < 0 ? -1 : $0) },
        "acos": { Foundation.acos($0) }, "acosh": { Foundation.acosh($0) }, "asin": { Foundation.asin($0) },
        "asinh": { Foundation.asinh($0) }, "atan": { Foundation.atan($0) }, "atanh": { Foundation.atanh($0) },
        "cos": { Foundation.cos($0) }, "cosh": { Foundation.cosh($0) }, "sin": { Foundation.sin($0) },
        "sinh": { Foundation.sinh($0) }, "tan": { Foundation.tan($0) }, "tanh": { Foundation.tanh($0) },
        "deg": { $0 * 180 / Double.pi }, "rad": { $0 * Double.pi / 180 },
    ]

    /// A function over one series' samples in a range; `nil` for no output.
    func rangeFunction(_ name: String, _ s: Series, _ r: RangeValue) -> Double? {
        let v = s.values
        guard !v.isEmpty else { return nil }
        switch name {
        case "rate": return extrapolatedRate(s, r, isCounter: true, isRate: true)
        case "increase": return extrapolatedRate(s, r, isCounter: true, isRate: false)
        case "delta": return extrapolatedRate(s, r, isCounter: false, isRate: false)
        case "irate", "idelta":
            guard v.count >= 2 else { return nil }
            let last = v[v.count - 1], prev = v[v.count - 2]
            let dt = s.timestamps[v.count - 1] - s.timestamps[v.count - 2]
            if name == "idelta" { return last - prev }
            if dt == 0 { return nil }
            let d = last < prev ? last : last - prev
            return d / (Double(dt) / 1000)
        case "deriv":
            guard v.count >= 2 else { return nil }
            return linearRegression(s, interceptTime: s.timestamps[0]).slope
        case "changes", "resets":
            var n = 0.0
            for i in 1..<max(1, v.count) {
                if name == "changes" {
                    if v[i] != v[i - 1] && !(v[i].isNaN && v[i - 1].isNaN) { n += 1 }
                } else if v[i] < v[i - 1] { n += 1 }
            }
            return n
        case "avg_over_time": return kahanMean(v)
        case "min_over_time": return v.dropFirst().reduce(v[0]) { ($1 < $0 || $0.isNaN) ? $1 : $0 }
        case "max_over_time": return v.dropFirst().reduce(v[0]) { ($1 > $0 || $0.isNaN) ? $1 : $0 }
        case "sum_over_time":
            var sum = 0.0, c = 0.0
            for x in v { kahanInc(x, &sum, &c) }
            return sum.isInfinite ? sum : sum + c
        case "count_over_time": return Double(v.count)
        case "last_over_time": return v[v.count - 1]
        case "present_over_time": return 1
        case "stddev_over_time": return kahanVariance(v).squareRoot()
        case "stdvar_over_time": return kahanVariance(v)
        default: return nil
        }
    }

    /// rate/increase/delta with Prometheus' extrapolation to the window edges.
    func extrapolatedRate(_ s: Series, _ r: RangeValue, isCounter: Bool, isRate: Bool) -> Double? {
        let n = s.values.count
        guard n >= 2 else { return nil }
        let first = s.values[0], last = s.values[n - 1]
        var result = last - first
        if isCounter {
            for i in 1..<n where s.values[i] < s.values[i - 1] { result += s.values[i - 1] }
        }
        var durationToStart = Double(s.timestamps[0] - r.start) / 1000
        let durationToEnd = Double(r.end - s.timestamps[n - 1]) / 1000
        let sampled = Double(s.timestamps[n - 1] - s.timestamps[0]) / 1000
        let avg = sampled / Double(n - 1)
        if isCounter && result > 0 && first >= 0 {
            let toZero = sampled * (first / result)
            if toZero < durationToStart { durationToStart = toZero }
        }
        let threshold = avg * 1.1
        var interval = sampled
        interval += durationToStart < threshold ? durationToStart : avg / 2
        interval += durationToEnd < threshold ? durationToEnd : avg / 2
        var factor = interval / sampled
        if isRate { factor /= Double(r.rangeMs) / 1000 }
        return result * factor
    }

    func linearRegression(_ s: Series, interceptTime: Int64) -> (slope: Double, intercept: Double) {
        var n = 0.0, sumX = 0.0, sumY = 0.0, sumXY = 0.0, sumX2 = 0.0
        var cX = 0.0, cY = 0.0, cXY = 0.0, cX2 = 0.0
        let initY = s.values[0]
        var constY = true
        for (i, (ts, y)) in zip(s.timestamps, s.values).enumerated() {
            if constY && i > 0 && y != initY { constY = false }
            n += 1
            let x = Double(ts - interceptTime) / 1000
            kahanInc(x, &sumX, &cX); kahanInc(y, &sumY, &cY)
            kahanInc(x * y, &sumXY, &cXY); kahanInc(x * x, &sumX2, &cX2)
        }
        sumX += cX; sumY += cY; sumXY += cXY; sumX2 += cX2
        if constY {
            if initY.isInfinite { return (.nan, .nan) }
            return (0, initY)
        }
        let covXY = sumXY - sumX * sumY / n
        let varX = sumX2 - sumX * sumX / n
        let slope = covXY / varX
        return (slope, sumY / n - slope * sumX / n)
    }

    func holtWinters(_ v: [Double], _ sf: Double, _ tf: Double) -> Double? {
        guard v.count >= 2 else { return nil }
        var s0 = 0.0, s1 = v[0], b = v[1] - v[0]
        for i in 1..<v.count {
            let x = sf * v[i]
            if i - 1 > 0 { b = tf * (s1 - s0) + (1 - tf) * b }
            let y = (1 - sf) * (s1 + b)
            s0 = s1
            s1 = x + y
        }
        return s1
    }

    func absentLabels(_ e: PromQLExpr) -> Labels {
        var matchers: [PromQLLabelMatcher] = []
        switch e {
        case .vectorSelector(let vs): matchers = vs.matchers
        case .matrixSelector(let ms): matchers = ms.vectorSelector.matchers
        default: return .empty
        }
        var dict: [String: String] = [:]
        var dup = Set<String>()
        for m in matchers where m.type == .equal && m.name != "__name__" {
            if dict[m.name] != nil { dup.insert(m.name) }
            dict[m.name] = m.value
        }
        for d in dup { dict[d] = nil }
        return Labels(dict)
    }

    func labelReplace(_ args: [PromQLExpr], at t: Int64) throws(PromQLError) -> [Sample] {
        let v = try vectorArg(args[0], at: t)
        let dst = try stringArg(args[1], at: t), repl = try stringArg(args[2], at: t)
        let src = try stringArg(args[3], at: t), pattern = try stringArg(args[4], at: t)
        let re: RE2Regex
        do { re = try RE2Regex.anchored(pattern) } catch {
            throw .eval("invalid regular expression in label_replace(): \(pattern)")
        }
        if !isValidLabelName(dst) { throw .eval("invalid destination label name in label_replace(): \(dst)") }
        let out = v.map { s -> Sample in
            let value = s.labels[src] ?? ""
            guard let m = re.firstMatch(value) else { return s }
            return Sample(labels: s.labels.setting(dst, re.expand(repl, match: m, in: value)), t: s.t, v: s.v)
        }
        try checkUnique(out)
        return out
    }

    func histogramQuantile(_ q: Double, _ v: [Sample], t: Int64) -> [Sample] {
        var groups: [Labels: [(Double, Double)]] = [:]
        var order: [Labels] = []
        for s in v {
            guard let le = s.labels["le"], let ub = parseGoFloat(le) else { continue }
            let key = s.labels.removing(["le", "__name__"])
            if groups[key] == nil { order.append(key) }
            groups[key, default: []].append((ub, s.v))
        }
        return order.map { key in
            Sample(labels: key, t: t, v: bucketQuantile(q, groups[key]!))
        }
    }

    func bucketQuantile(_ q: Double, _ input: [(Double, Double)]) -> Double {
        if q.isNaN { return .nan }
        if q < 0 { return -.infinity }
        if q > 1 { return .infinity }
        var b = input.sorted { $0.0 < $1.0 }
        guard let last = b.last, last.0 == .infinity else { return .nan }
        // Coalesce equal bounds.
        var merged: [(Double, Double)] = []
        for x in b {
            if let l = merged.last, l.0 == x.0 { merged[merged.count - 1].1 += x.1 } else { merged.append(x) }
        }
        b = merged
        if b.count < 2 { return .nan }
        var maxSoFar = -Double.infinity
        for i in b.indices {
            if b[i].1 > maxSoFar { maxSoFar = b[i].1 } else if b[i].1 < maxSoFar { b[i].1 = maxSoFar }
        }
        let total = b[b.count - 1].1
        if total == 0 { return .nan }
        var rank = q * total
        let idx = b.firstIndex { $0.1 >= rank } ?? b.count - 1
        if idx == b.count - 1 { return b[b.count - 2].0 }
        if idx == 0 && b[0].0 <= 0 { return b[0].0 }
        var start = 0.0
        let end = b[idx].0
        var count = b[idx].1
        if idx > 0 {
            start = b[idx - 1].0
            count -= b[idx - 1].1
            rank -= b[idx - 1].1
        }
        return start + (end - start) * (rank / count)
    }

    func dateComponent(_ name: String, _ v: Double) -> Double {
        guard v.isFinite else { return .nan }
        var cal = Calendar(identifier: .gregorian)
        cal.timeZone = TimeZone(identifier: "UTC")!
        let d = Date(timeIntervalSince1970: (v).rounded(.down))
        let c = cal.dateComponents([.year, .month, .day, .hour, .minute, .weekday], from: d)
        switch name {
        case "year": return Double(c.year!)
        case "month": return Double(c.month!)
        case "day_of_month": return Double(c.day!)
        case "hour": return Double(c.hour!)
        case "minute": return Double(c.minute!)
        case "day_of_week": return Double(c.weekday! - 1)
        case "day_of_year": return Double(cal.ordinality(of: .day, in: .year, for: d)!)
        case "days_in_month": return Double(cal.range(of: .day, in: .month, for: d)!.count)
        default: return .nan
        }
    }
}

/// Go's math.Max: NaN wins.
func goMax(_ a: Double, _ b: Double) -> Double { a.isNaN || b.isNaN ? .nan : Swift.max(a, b) }
/// Go's math.Min: NaN wins.
func goMin(_ a: Double, _ b: Double) -> Double { a.isNaN || b.isNaN ? .nan : Swift.min(a, b) }

/// Go's `%f`.
func goFloat(_ v: Double) -> String { String(format: "%f", v) }

/// Parses a float as Go's strconv.ParseFloat does (`+Inf`, `Inf`, `NaN`, decimals, hex not needed).
func parseGoFloat(_ s: String) -> Double? {
    switch s.lowercased() {
    case "+inf", "inf", "+infinity", "infinity": return .infinity
    case "-inf", "-infinity": return -.infinity
    case "nan": return .nan
    default: return Double(s)
    }
}

/// Go's math.Log2: exact for powers of two, else `log(frac) / ln 2 + exp`.
func goLog2(_ x: Double) -> Double {
    guard x.isFinite, x > 0 else { return Foundation.log2(x) }
    let e = x.exponent + 1
    let frac = x.significand / 2
    if frac == 0.5 { return Double(e - 1) }
    return Foundation.log(frac) * (1 / M_LN2) + Double(e)
}

/// Go's math.Log10: `Log(x) * (1/Ln10)`, the constant rounded once from its exact value.
func goLog10(_ x: Double) -> Double {
    Foundation.log(x) * 0.43429448190325182765112891891660508229439700580366656611445378
}

/// Adds `inc` to a Kahan-compensated sum `(sum, c)`.
func kahanInc(_ inc: Double, _ sum: inout Double, _ c: inout Double) {
    let t = sum + inc
    if Swift.abs(sum) >= Swift.abs(inc) { c += (sum - t) + inc } else { c += (inc - t) + sum }
    sum = t
}

/// Population variance with Welford's update and Kahan-compensated sums (as `stdvar_over_time`).
func kahanVariance(_ vals: [Double]) -> Double {
    var n = 0.0, m = 0.0, mc = 0.0, a = 0.0, ac = 0.0
    for x in vals {
        n += 1
        let d = x - (m + mc)
        kahanInc(d / n, &m, &mc)
        kahanInc(d * (x - (m + mc)), &a, &ac)
    }
    return (a + ac) / n
}

/// Incremental mean with Kahan compensation (as `avg_over_time`).
func kahanMean(_ vals: [Double]) -> Double {
    var m = 0.0, c = 0.0, n = 0.0
    for v in vals {
        n += 1
        if m.isInfinite {
            if v.isInfinite && (m > 0) == (v > 0) { continue }
            if !v.isInfinite && !v.isNaN { continue }
        }
        kahanInc(v / n - m / n, &m, &c)
    }
    return m.isInfinite ? m : m + c
}
