import Foundation

extension Evaluator {
    func groupingKey(_ labels: Labels, _ a: PromQLAggregateExpr) -> Labels {
        if a.without { return labels.removing(Set(a.grouping).union(["__name__"])) }
        return labels.keeping(Set(a.grouping))
    }

    func aggregate(_ a: PromQLAggregateExpr, at t: Int64) throws(PromQLError) -> EvalValue {
        var param: Double = 0
        var label = ""
        if let p = a.param {
            if a.op == .countValues { label = try stringArg(p, at: t) } else { param = try scalarArg(p, at: t) }
        }
        let input = try vectorArg(a.expr, at: t)
        var groups: [Labels: [Sample]] = [:]
        var order: [Labels] = []
        for s in input {
            let k = groupingKey(s.labels, a)
            if groups[k] == nil { order.append(k) }
            groups[k, default: []].append(s)
        }
        var out: [Sample] = []
        switch a.op {
        case .topk, .bottomk:
            if param.isNaN || param >= 9.223372036854775807e18 || param < -9.223372036854775808e18 {
                throw .eval("Scalar value \(param.isNaN ? "NaN" : param.isInfinite ? (param > 0 ? "+Inf" : "-Inf") : "\(param)") overflows int64")
            }
            let k = Int(param)
            if k < 1 { return .vector([]) }
            for key in order {
                var g = groups[key]!
                // Stable sort, NaN last.
                let top = a.op == .topk
                g = g.enumerated().sorted { x, y in
                    let p = x.element.v, q = y.element.v
                    if p.isNaN != q.isNaN { return !p.isNaN }
                    if p != q && !p.isNaN { return top ? p > q : p < q }
                    return x.offset < y.offset
                }.map(\.element)
                out += g.prefix(k).map { Sample(labels: $0.labels, t: t, v: $0.v) }
            }
            return .vector(out)
        case .countValues:
            if !isValidLabelName(label) { throw .eval("invalid label name \(goQuote(label))") }
            var counts: [Labels: Double] = [:]
            var korder: [Labels] = []
            for s in input {
                let k = groupingKey(s.labels, a).setting(label, formatPromQLNumber(s.v))
                if counts[k] == nil { korder.append(k) }
                counts[k, default: 0] += 1
            }
            return .vector(korder.map { Sample(labels: $0, t: t, v: counts[$0]!) })
        default: break
        }
        for key in order {
            let vals = groups[key]!.map(\.v)
            let v: Double
            switch a.op {
            case .sum: v = vals.reduce(0, +)
            case .avg: v = mean(vals)
            case .count: v = Double(vals.count)
            case .group: v = 1
            case .min: v = vals.dropFirst().reduce(vals[0]) { ($1 < $0 || $0.isNaN) ? $1 : $0 }
            case .max: v = vals.dropFirst().reduce(vals[0]) { ($1 > $0 || $0.isNaN) ? $1 : $0 }
            case .stdvar: v = variance(vals)
            case .stddev: v = variance(vals).squareRoot()
            case .quantile: v = quantile(param, vals)
            default: v = .nan
            }
            out.append(Sample(labels: key, t: t, v: v))
        }
        return .vector(out)
    }
}

func isValidLabelName(_ s: String) -> Bool {
    guard let f = s.unicodeScalars.first, f == "_" || ("a"..."z").contains(f) || ("A"..."Z").contains(f) else { return false }
    return s.unicodeScalars.allSatisfy { $0 == "_" || ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0) }
}

func kahanSum(_ vals: [Double]) -> Double {
    var sum = 0.0, c = 0.0
    for v in vals {
        let t = sum + v
        if abs(sum) >= abs(v) { c += (sum - t) + v } else { c += (v - t) + sum }
        sum = t
    }
    if sum.isInfinite { return sum }
    return sum + c
}

func mean(_ vals: [Double]) -> Double {
    var m = 0.0, n = 0.0
    for v in vals {
        n += 1
        if m.isInfinite {
            if v.isInfinite && (m > 0) == (v > 0) { continue }
            if !v.isInfinite && !v.isNaN { continue }
        }
        m += v / n - m / n
    }
    return m
}

func variance(_ vals: [Double]) -> Double {
    var n = 0.0, m = 0.0, m2 = 0.0
    for v in vals {
        n += 1
        let delta = v - m
        m += delta / n
        m2 += delta * (v - m)
    }
    return m2 / n
}

/// Prometheus' quantile: linear interpolation between closest ranks.
func quantile(_ q: Double, _ input: [Double]) -> Double {
    if input.isEmpty || q.isNaN { return .nan }
    if q < 0 { return -.infinity }
    if q > 1 { return .infinity }
    let vals = input.sorted { a, b in a < b || (a.isNaN && !b.isNaN) }
    let n = Double(vals.count)
    let rank = q * (n - 1)
    let lower = max(0, Int(rank.rounded(.down)))
    let upper = min(vals.count - 1, lower + 1)
    let weight = rank - rank.rounded(.down)
    return vals[lower] * (1 - weight) + vals[upper] * weight
}
