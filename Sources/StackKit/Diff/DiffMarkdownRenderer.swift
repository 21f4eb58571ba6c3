/// A report as Markdown for a pull-request comment: a heading with the counts, a table of the
/// objects added, removed and changed, then each changed object's changes in a `diff` block
/// (the text format's lines, so `+`/`-` items are coloured).
public enum DiffMarkdownRenderer {
    public static func render(_ report: DiffReport) -> String {
        var out = "### stackc diff\n\n" + report.summary + "\n"
        if !report.notices.isEmpty {
            out += "\n" + report.notices.map { "> note: " + escapeText($0) }.joined(separator: "\n>\n") + "\n"
        }
        guard report.hasChanges else { return out }
        out += "\n|  | object | change |\n| --- | --- | --- |\n"
        for e in report.entries {
            let what: String
            switch e.kind {
            case .added: what = "added"
            case .removed: what = "removed"
            case .changed:
                let n = e.changes.reduce(0) { $0 + $1.leafCount }
                what = "\(n) change\(n == 1 ? "" : "s")"
            }
            out += "| \(e.kind.marker) | \(cell(code(e.identity.description))) | \(what) |\n"
        }
        for e in report.entries where e.kind == .changed {
            let body = DiffTextRenderer.body(e, indent: "").joined(separator: "\n")
            let fence = String(repeating: "`", count: max(3, longestRun(of: "`", in: body) + 1))
            out += "\n#### \(code(e.identity.description))\n\n\(fence)diff\n\(body)\n\(fence)\n"
        }
        return out
    }

    /// An inline code span that holds `s` whatever backticks it contains.
    static func code(_ s: String) -> String {
        let run = longestRun(of: "`", in: s)
        if run == 0 { return "`" + s + "`" }
        let fence = String(repeating: "`", count: run + 1)
        return fence + " " + s + " " + fence
    }

    /// A table cell: `|` escaped, line breaks as spaces.
    static func cell(_ s: String) -> String {
        s.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ")
    }

    /// Text outside code: Markdown's punctuation that could start markup escaped.
    static func escapeText(_ s: String) -> String {
        var out = ""
        for c in s {
            if "\\`*_[]<>|#".contains(c) { out.append("\\") }
            out.append(c == "\n" ? " " : c)
        }
        return out
    }

    static func longestRun(of c: Character, in s: String) -> Int {
        var best = 0, cur = 0
        for x in s {
            if x == c { cur += 1; best = max(best, cur) } else { cur = 0 }
        }
        return best
    }
}
