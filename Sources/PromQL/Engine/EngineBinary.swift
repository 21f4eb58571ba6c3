import Foundation

extension Evaluator {
    /// `lhs op rhs` on floats: the value and, for comparisons, whether it holds.
    static func apply(_ op: PromQLBinaryOp, _ l: Double, _ r: Double) -> (Double, Bool) {
        switch op {
        case .add: return (l + r, true)
        case .sub: return (l - r, true)
        case .mul: return (l * r, true)
        case .div: return (l / r, true)
        case .pow: return (Foundation.pow(l, r), true)
        case .mod: return (fmod(l, r), true)
        case .atan2: return (Foundation.atan2(l, r), true)
        case .eql: return (l, l == r)
        case .neq: return (l, l != r)
        case .gtr: return (l, l > r)
        case .lss: return (l, l < r)
        case .gte: return (l, l >= r)
        case .lte: return (l, l <= r)
        case .and, .or, .unless: return (l, true)
        }
    }

    func binary(_ b: PromQLBinaryExpr, at t: Int64) throws(PromQLError) -> EvalValue {
        let lv = try eval(b.lhs, at: t)
        let rv = try eval(b.rhs, at: t)
        switch (lv, rv) {
        case (.scalar(let l), .scalar(let r)):
            let (v, keep) = Self.apply(b.op, l, r)
            if b.op.isComparison { return .scalar(keep ? 1 : 0) }
            return .scalar(v)
        case (.vector(let l), .scalar(let r)):
            return .vector(vectorScalar(b, l, r, swapped: false, t: t))
        case (.scalar(let l), .vector(let r)):
            return .vector(vectorScalar(b, r, l, swapped: true, t: t))
        case (.vector(let l), .vector(let r)):
            switch b.op {
            case .and, .or, .unless: return .vector(setOp(b, l, r))
            default: return .vector(try vectorVector(b, l, r, t: t))
            }
        default:
            throw .eval("binary expression must contain only scalar and instant vector types")
        }
    }

    func vectorScalar(_ b: PromQLBinaryExpr, _ vec: [Sample], _ s: Double, swapped: Bool, t: Int64) -> [Sample] {
        var out: [Sample] = []
        let dropName = !b.op.isComparison || b.returnBool
        for e in vec {
            var (v, keep) = swapped ? Self.apply(b.op, s, e.v) : Self.apply(b.op, e.v, s)
            if b.op.isComparison && swapped { v = e.v }
            if b.returnBool { v = keep ? 1 : 0; keep = true }
            if !keep { continue }
            out.append(Sample(labels: dropName ? e.labels.droppingName : e.labels, t: t, v: v))
        }
        return out
    }

    func signature(_ labels: Labels, _ m: PromQLVectorMatching?) -> Labels {
        guard let m else { return labels.droppingName }
        if m.on { return labels.keeping(Set(m.matchingLabels)) }
        return labels.removing(Set(m.matchingLabels).union(["__name__"]))
    }

    func setOp(_ b: PromQLBinaryExpr, _ l: [Sample], _ r: [Sample]) -> [Sample] {
        let rsigs = Set(r.map { signature($0.labels, b.matching) })
        switch b.op {
        case .and: return l.filter { rsigs.contains(signature($0.labels, b.matching)) }
        case .unless: return l.filter { !rsigs.contains(signature($0.labels, b.matching)) }
        default:
            let lsigs = Set(l.map { signature($0.labels, b.matching) })
            return l + r.filter { !lsigs.contains(signature($0.labels, b.matching)) }
        }
    }

    func vectorVector(_ b: PromQLBinaryExpr, _ lhs: [Sample], _ rhs: [Sample], t: Int64) throws(PromQLError) -> [Sample] {
        let m = b.matching ?? PromQLVectorMatching(card: .oneToOne)
        var l = lhs, r = rhs
        let swapped = m.card == .oneToMany
        if swapped { swap(&l, &r) }
        // The "one" side, indexed by signature.
        var one: [Labels: Sample] = [:]
        for s in r {
            let sig = signature(s.labels, m)
            if let prev = one[sig] {
                let side = swapped ? "left" : "right"
                throw .eval("found duplicate series for the match group \(sig) on the \(side) hand-side of the operation: [\(s.labels), \(prev.labels)];many-to-many matching not allowed: matching labels must be unique on one side")
            }
            one[sig] = s
        }
        let dropName = !b.op.isComparison || b.returnBool
        var out: [Sample] = []
        var matchedSigs: [Labels: Set<Labels>] = [:]
        for s in l {
            let sig = signature(s.labels, m)
            guard let o = one[sig] else { continue }
            let (lv, rv) = swapped ? (o.v, s.v) : (s.v, o.v)
            var (v, keep) = Self.apply(b.op, lv, rv)
            if b.returnBool { v = keep ? 1 : 0; keep = true }
            // Build result labels.
            var labels = s.labels
            if dropName { labels = labels.droppingName }
            if m.card == .oneToOne {
                if m.on { labels = labels.keeping(Set(m.matchingLabels)) }
                else { labels = labels.removing(Set(m.matchingLabels)) }
            }
            for name in m.include {
                labels = labels.setting(name, o.labels[name] ?? "")
            }
            if m.card == .oneToOne {
                if matchedSigs[sig] != nil {
                    throw .eval("multiple matches for labels: many-to-one matching must be explicit (group_left/group_right)")
                }
                matchedSigs[sig] = []
            } else {
                if matchedSigs[sig, default: []].contains(labels) {
                    throw .eval("multiple matches for labels: grouping labels must ensure unique matches")
                }
                matchedSigs[sig, default: []].insert(labels)
            }
            if !keep { continue }
            out.append(Sample(labels: labels, t: t, v: v))
        }
        return out
    }
}
