/// One lexical token of a PromQL query: its kind, its source text and where it starts.
public struct PromQLToken: Sendable, Equatable, CustomStringConvertible {
    /// The kinds of token the lexer produces. Keywords (`sum`, `by`, `offset`, `and`, …) are
    /// identifiers; the parser gives them meaning by context, as PromQL lets most of them be
    /// label names and some of them metric names.
    public enum Kind: Sendable, Equatable {
        case identifier, number, string, duration
        case leftParen, rightParen, leftBrace, rightBrace, leftBracket, rightBracket
        case comma, colon, at, assign
        case eql, neq, lss, lte, gtr, gte, eqlRegex, neqRegex
        case add, sub, mul, div, mod, pow
        case eof
    }

    /// What the token is.
    public var kind: Kind
    /// The token's text as written in the query (quotes included for strings).
    public var text: String
    /// The decoded value of a string literal (escapes resolved); the text for other tokens.
    public var value: String
    /// Byte offset of the token's first character in the query.
    public var position: Int

    /// A token of `kind` with source `text` starting at byte `position`.
    public init(kind: Kind, text: String, value: String? = nil, position: Int) {
        self.kind = kind
        self.text = text
        self.value = value ?? text
        self.position = position
    }

    /// Words that are always keywords when they appear between expressions.
    static let operatorKeywords: Set<String> = ["and", "or", "unless", "atan2"]
    /// Words that may never name a metric (Prometheus answers `unexpected <on>`).
    static let reservedWords: Set<String> = [
        "and", "or", "unless", "atan2", "bool", "on", "ignoring", "group_left", "group_right",
    ]

    /// How Prometheus names the token in `unexpected …` messages.
    public var description: String {
        switch kind {
        case .identifier:
            let lower = text.lowercased()
            if Self.reservedWords.contains(lower) || PromQLAggregateOp(rawValue: lower) != nil
                || ["by", "without", "offset", "start", "end"].contains(lower) {
                return "<\(lower)>"
            }
            return text.contains(":") ? "metric identifier \"\(text)\"" : "identifier \"\(text)\""
        case .number: return "number \"\(text)\""
        case .string: return "string \(goQuote(text))"
        case .duration: return "duration \"\(text)\""
        case .leftParen: return "\"(\""
        case .rightParen: return "\")\""
        case .leftBrace: return "\"{\""
        case .rightBrace: return "\"}\""
        case .leftBracket: return "\"[\""
        case .rightBracket: return "\"]\""
        case .comma: return "\",\""
        case .colon: return "\":\""
        case .at: return "<@>"
        case .assign: return "\"=\""
        case .eql: return "<op:==>"
        case .neq: return "<op:!=>"
        case .lss: return "<op:<>"
        case .lte: return "<op:<=>"
        case .gtr: return "<op:>>"
        case .gte: return "<op:>=>"
        case .eqlRegex: return "<op:=~>"
        case .neqRegex: return "<op:!~>"
        case .add: return "<op:+>"
        case .sub: return "<op:->"
        case .mul: return "<op:*>"
        case .div: return "<op:/>"
        case .mod: return "<op:%>"
        case .pow: return "<op:^>"
        case .eof: return "end of input"
        }
    }
}

/// Go's `strconv.Quote`: a double-quoted string with Go escapes, as Prometheus prints strings
/// and label values.
public func goQuote(_ s: String) -> String {
    var out = "\""
    for scalar in s.unicodeScalars {
        switch scalar {
        case "\"": out += "\\\""
        case "\\": out += "\\\\"
        case "\n": out += "\\n"
        case "\t": out += "\\t"
        case "\r": out += "\\r"
        case "\u{07}": out += "\\a"
        case "\u{08}": out += "\\b"
        case "\u{0C}": out += "\\f"
        case "\u{0B}": out += "\\v"
        default:
            let v = scalar.value
            if v < 0x20 || v == 0x7F {
                out += "\\x" + hex(v, 2)
            } else if (0x80...0x9F).contains(v) || v == 0xFEFF || (0xE000...0xF8FF).contains(v)
                        || scalar.properties.generalCategory == .unassigned
                        || scalar.properties.generalCategory == .format
                        || scalar.properties.generalCategory == .lineSeparator
                        || scalar.properties.generalCategory == .paragraphSeparator {
                out += v > 0xFFFF ? "\\U" + hex(v, 8) : "\\u" + hex(v, 4)
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
    }
    return out + "\""
}

private func hex(_ v: UInt32, _ width: Int) -> String {
    let s = String(v, radix: 16)
    return String(repeating: "0", count: max(0, width - s.count)) + s
}
