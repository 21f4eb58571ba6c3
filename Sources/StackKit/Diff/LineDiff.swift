/// A short line diff of two multi-line strings, for reviewers: changed lines as `- old` and
/// `+ new`, one line of context around them as `  line`, `…` where unchanged lines are left
/// out, and at most `maxLines` lines in all.
enum LineDiff {
    static let maxLines = 40

    static func lines(_ old: String, _ new: String, context: Int = 1, maxLines: Int = maxLines) -> [String] {
        let a = split(old)
        let b = split(new)
        if a == b {
            // Only the final line break differs.
            return [new.hasSuffix("\n") ? "(line break at the end added)" : "(line break at the end removed)"]
        }
        guard let steps = SequenceAlignment.align(a, b, equal: ==) else {
            return ["(content changed: \(a.count) → \(b.count) lines)"]
        }
        // Which steps to show: every change and `context` steps either side of one.
        var show = [Bool](repeating: false, count: steps.count)
        for (k, step) in steps.enumerated() {
            if case .same = step { continue }
            for d in max(0, k - context)...min(steps.count - 1, k + context) { show[d] = true }
        }
        var out: [String] = []
        var changedLeft = steps.reduce(0) { n, s in if case .same = s { return n } else { return n + 1 } }
        var gap = false
        for (k, step) in steps.enumerated() {
            guard show[k] else {
                gap = true
                continue
            }
            if gap && !out.isEmpty { out.append("…") }
            gap = false
            if out.count >= maxLines {
                if changedLeft > 0 { out.append("… (\(changedLeft) more changed line\(changedLeft == 1 ? "" : "s"))") }
                return out
            }
            switch step {
            case .same(let i, _): out.append("  " + a[i])
            case .removed(let i):
                out.append("- " + a[i])
                changedLeft -= 1
            case .added(let j):
                out.append("+ " + b[j])
                changedLeft -= 1
            }
        }
        return out
    }

    /// The lines of a text; a final line break ends the last line rather than starting an
    /// empty one.
    static func split(_ s: String) -> [String] {
        var lines = s.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.count > 1 && lines.last == "" { lines.removeLast() }
        return lines
    }
}
