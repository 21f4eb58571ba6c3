extension PromQLParser {
    /// Parses a series description, Prometheus' `ParseMetric` syntax as promtool reads
    /// `input_series` and expected sample labels: `name`, `name{a="b", …}` or `{a="b", …}`
    /// (`{}` is the empty label set). Only `=` is allowed; errors use Prometheus' "in label
    /// set" wording and positions. Returns the labels in the order written, the metric name as
    /// `__name__` first.
    public static func parseSeriesDescription(_ text: String) throws(PromQLError) -> [(name: String, value: String)] {
        var p = ParserState(text, options: Options())
        var out: [(name: String, value: String)] = []
        var t = try p.advance()
        if t.kind == .identifier {
            out.append(("__name__", t.text))
            t = try p.advance()
            if t.kind == .eof { return out }
        }
        guard t.kind == .leftBrace else {
            throw t.kind == .eof ? p.error("unexpected end of input", at: t.position) : p.unexpected(t)
        }
        while true {
            let name = try p.advance()
            if name.kind == .rightBrace { break }
            guard name.kind == .identifier else {
                throw p.unexpected(name, " in label set, expected identifier or \"}\"")
            }
            let op = try p.advance()
            guard op.kind == .assign else { throw p.unexpected(op, " in label set, expected \"=\"") }
            let value = try p.advance()
            guard value.kind == .string else { throw p.unexpected(value, " in label set, expected string") }
            out.append((name.text, value.value))
            let sep = try p.advance()
            if sep.kind == .rightBrace { break }
            guard sep.kind == .comma else { throw p.unexpected(sep, " in label set, expected \",\" or \"}\"") }
        }
        let end = try p.advance()
        if end.kind != .eof { throw p.unexpected(end) }
        return out
    }
}
