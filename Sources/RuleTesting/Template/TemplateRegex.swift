import PromQL

/// Go's `Regexp.ReplaceAllString` on top of ``RE2Regex``, which only finds a first match: later
/// matches are found by running `^(?s:.)(?s:.*?)(pattern)` on the text from one character
/// before the search position, so `^`, `\b` and `(?m)^` still see the preceding character.
enum TemplateRegex {
    static func replaceAll(_ re: RE2Regex, pattern: String, in s: String, with repl: String) -> String {
        let scalars = Array(s.unicodeScalars)
        // Index of each scalar in `s`, plus the end.
        var indices: [String.Index] = []
        indices.reserveCapacity(scalars.count + 1)
        var i = s.unicodeScalars.startIndex
        while i < s.unicodeScalars.endIndex {
            indices.append(i)
            s.unicodeScalars.formIndex(after: &i)
        }
        indices.append(s.endIndex)
        let later = try? RE2Regex("^(?s:.)(?s:.*?)(" + pattern + ")")

        /// The leftmost match at or after scalar offset `from`: submatch ranges in `s`.
        func find(from: Int) -> [Range<String.Index>?]? {
            if from == 0 { return re.firstMatch(s) }
            guard let later else { return nil }
            let sub = String(String.UnicodeScalarView(scalars[(from - 1)...]))
            guard let m = later.firstMatch(sub) else { return nil }
            // Map indices of `sub` back to `s` by scalar offsets.
            func offset(_ idx: String.Index) -> Int {
                sub.unicodeScalars.distance(from: sub.unicodeScalars.startIndex, to: idx)
            }
            var out: [Range<String.Index>?] = []
            for g in 1..<m.count {
                if let r = m[g] {
                    let a = from - 1 + offset(r.lowerBound), b = from - 1 + offset(r.upperBound)
                    out.append(indices[a]..<indices[b])
                } else {
                    out.append(nil)
                }
            }
            return out
        }
        func scalarOffset(_ idx: String.Index) -> Int {
            s.unicodeScalars.distance(from: s.unicodeScalars.startIndex, to: idx)
        }

        var out = ""
        var lastMatchEnd = 0
        var searchPos = 0
        while searchPos <= scalars.count {
            guard let m = find(from: searchPos), let whole = m[0] else { break }
            let a0 = scalarOffset(whole.lowerBound), a1 = scalarOffset(whole.upperBound)
            out.unicodeScalars.append(contentsOf: scalars[lastMatchEnd..<max(lastMatchEnd, a0)])
            if a1 > lastMatchEnd || a0 == 0 {
                out += re.expand(repl, match: m, in: s)
            }
            lastMatchEnd = a1
            if searchPos + 1 > a1 {
                searchPos += 1
            } else {
                searchPos = a1
            }
        }
        if lastMatchEnd < scalars.count {
            out.unicodeScalars.append(contentsOf: scalars[lastMatchEnd...])
        }
        return out
    }
}
