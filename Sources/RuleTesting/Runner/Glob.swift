import Foundation

/// Go's `filepath.Glob`: `*`, `?` and `[…]` within one path segment, matches sorted per
/// folder; a pattern without wildcards matches the path if it exists.
enum Glob {
    /// Go's `filepath.ErrBadPattern`.
    struct BadPattern: Error, CustomStringConvertible {
        var description: String { "syntax error in pattern" }
    }

    /// Whether Go would accept `pattern`: every `[` closed by a `]` after at least one class
    /// item, ranges complete, no `\` at the end.
    static func isValid(_ pattern: String) -> Bool {
        let p = Array(pattern.unicodeScalars)
        var i = 0
        while i < p.count {
            switch p[i] {
            case "\\":
                if i + 1 >= p.count { return false }
                i += 2
            case "[":
                i += 1
                if i < p.count && p[i] == "^" { i += 1 }
                var items = 0
                while true {
                    guard i < p.count else { return false }
                    if p[i] == "]" && items > 0 { break }
                    // Go takes neither `]` nor `-` as a bare class character.
                    if p[i] == "]" || p[i] == "-" { return false }
                    if p[i] == "\\" { i += 1 }
                    guard i < p.count else { return false }
                    i += 1
                    if i < p.count && p[i] == "-" {
                        i += 1
                        guard i < p.count, p[i] != "]", p[i] != "-" else { return false }
                        if p[i] == "\\" { i += 1 }
                        guard i < p.count else { return false }
                        i += 1
                    }
                    items += 1
                }
                i += 1
            default:
                i += 1
            }
        }
        return true
    }

    static func expand(_ pattern: String) throws(BadPattern) -> [String] {
        guard isValid(pattern) else { throw BadPattern() }
        let fm = FileManager.default
        guard pattern.contains(where: { "*?[\\".contains($0) }) else {
            return fm.fileExists(atPath: pattern) ? [pattern] : []
        }
        let absolute = pattern.hasPrefix("/")
        var candidates = [absolute ? "/" : ""]
        for segment in pattern.split(separator: "/", omittingEmptySubsequences: true).map(String.init) {
            var next: [String] = []
            for base in candidates {
                if !segment.contains(where: { "*?[\\".contains($0) }) {
                    next.append(base + (base.isEmpty || base.hasSuffix("/") ? "" : "/") + segment)
                    continue
                }
                let dir = base.isEmpty ? "." : base
                let names = ((try? fm.contentsOfDirectory(atPath: dir)) ?? []).sorted()
                for n in names where match(Array(segment.unicodeScalars), Array(n.unicodeScalars)) {
                    next.append(base + (base.isEmpty || base.hasSuffix("/") ? "" : "/") + n)
                }
            }
            candidates = next
        }
        return candidates.filter { fm.fileExists(atPath: $0) }
    }

    /// Whether `name` matches the segment pattern `p` (Go's `filepath.Match` within a segment).
    static func match(_ p: [Unicode.Scalar], _ name: [Unicode.Scalar]) -> Bool {
        func go(_ pi: Int, _ ni: Int) -> Bool {
            var pi = pi, ni = ni
            while pi < p.count {
                switch p[pi] {
                case "*":
                    if pi + 1 == p.count { return true }
                    var k = ni
                    while k <= name.count {
                        if go(pi + 1, k) { return true }
                        k += 1
                    }
                    return false
                case "?":
                    if ni >= name.count { return false }
                    pi += 1
                    ni += 1
                case "[":
                    guard ni < name.count, let (ok, end) = matchClass(pi, name[ni]), ok else { return false }
                    pi = end
                    ni += 1
                default:
                    var c = p[pi]
                    if c == "\\" && pi + 1 < p.count {
                        pi += 1
                        c = p[pi]
                    }
                    if ni >= name.count || name[ni] != c { return false }
                    pi += 1
                    ni += 1
                }
            }
            return ni == name.count
        }

        /// Whether `c` is in the class starting at `p[start]` (`[`), and the index after `]`.
        func matchClass(_ start: Int, _ c: Unicode.Scalar) -> (Bool, Int)? {
            var i = start + 1
            var negate = false
            if i < p.count && p[i] == "^" {
                negate = true
                i += 1
            }
            var matched = false
            var first = true
            while i < p.count && (p[i] != "]" || first) {
                first = false
                var lo = p[i]
                if lo == "\\" && i + 1 < p.count { i += 1; lo = p[i] }
                var hi = lo
                if i + 2 < p.count && p[i + 1] == "-" && p[i + 2] != "]" {
                    hi = p[i + 2]
                    if hi == "\\" && i + 3 < p.count { i += 1; hi = p[i + 2] }
                    i += 2
                }
                if lo.value <= c.value && c.value <= hi.value { matched = true }
                i += 1
            }
            guard i < p.count else { return nil }
            return (matched != negate, i + 1)
        }
        return go(0, 0)
    }
}
