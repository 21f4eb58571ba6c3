/// Lines up two sequences by their longest common subsequence (after trimming the common
/// prefix and suffix), for list and line diffs. Quadratic, so bounded: past `limit` cells the
/// caller gets nil and falls back to something coarser.
enum SequenceAlignment {
    /// One step of the alignment, in order.
    enum Step: Equatable {
        /// Element `i` of the old sequence and `j` of the new one are equal.
        case same(Int, Int)
        case removed(Int)
        case added(Int)
    }

    static let defaultLimit = 4_000_000

    static func align<T>(_ a: [T], _ b: [T], limit: Int = defaultLimit, equal: (T, T) -> Bool) -> [Step]? {
        var prefix = 0
        while prefix < a.count && prefix < b.count && equal(a[prefix], b[prefix]) { prefix += 1 }
        var suffix = 0
        while suffix < a.count - prefix && suffix < b.count - prefix
            && equal(a[a.count - 1 - suffix], b[b.count - 1 - suffix]) { suffix += 1 }
        let n = a.count - prefix - suffix
        let m = b.count - prefix - suffix
        if n > 0 && m > 0 && (n > limit / m || (n + 1) * (m + 1) > limit) { return nil }

        var steps: [Step] = []
        steps.reserveCapacity(a.count + b.count)
        for k in 0..<prefix { steps.append(.same(k, k)) }
        if n == 0 || m == 0 {
            for i in 0..<n { steps.append(.removed(prefix + i)) }
            for j in 0..<m { steps.append(.added(prefix + j)) }
        } else {
            // lcs[i * (m + 1) + j]: the length of the LCS of a[prefix + i...] and b[prefix + j...]
            // within the middle part.
            let width = m + 1
            var lcs = [Int32](repeating: 0, count: (n + 1) * width)
            var i = n - 1
            while i >= 0 {
                var j = m - 1
                while j >= 0 {
                    lcs[i * width + j] = equal(a[prefix + i], b[prefix + j])
                        ? lcs[(i + 1) * width + j + 1] + 1
                        : max(lcs[(i + 1) * width + j], lcs[i * width + j + 1])
                    j -= 1
                }
                i -= 1
            }
            var x = 0, y = 0
            while x < n && y < m {
                if equal(a[prefix + x], b[prefix + y]) {
                    steps.append(.same(prefix + x, prefix + y))
                    x += 1
                    y += 1
                } else if lcs[(x + 1) * width + y] >= lcs[x * width + y + 1] {
                    steps.append(.removed(prefix + x))
                    x += 1
                } else {
                    steps.append(.added(prefix + y))
                    y += 1
                }
            }
            while x < n { steps.append(.removed(prefix + x)); x += 1 }
            while y < m { steps.append(.added(prefix + y)); y += 1 }
        }
        for k in 0..<suffix { steps.append(.same(a.count - suffix + k, b.count - suffix + k)) }
        return steps
    }
}
