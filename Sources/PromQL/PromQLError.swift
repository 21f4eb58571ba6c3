/// A PromQL error worded as Prometheus words it: a lexing, parsing or type-checking error
/// (``Kind/parse``), or one raised while evaluating a query (``Kind/evaluation``).
///
/// A parse error's ``description`` reads `1:6: parse error: expected type range vector in call
/// to function "rate", got instant vector`, the form promtool prints after `could not parse
/// expression:`; an evaluation error's is its message alone (`vector cannot contain metrics
/// with the same labelset`).
public struct PromQLError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Which stage raised the error.
    public enum Kind: Sendable, Equatable {
        case parse
        case evaluation
    }

    /// Parse errors carry a position; evaluation errors do not.
    public var kind: Kind = .parse
    /// The message without position or `parse error:` prefix.
    public var message: String
    /// Byte offset in the query where the error was found.
    public var position: Int
    /// 1-based line of ``position``.
    public var line: Int
    /// 1-based column (in bytes) of ``position`` within its line.
    public var column: Int

    /// An error at byte `position` of `query`; line and column are computed from the query.
    public init(_ message: String, position: Int, in query: [UInt8]) {
        self.message = message
        self.position = position
        var line = 1
        var lineStart = 0
        var i = 0
        while i < min(position, query.count) {
            if query[i] == UInt8(ascii: "\n") { line += 1; lineStart = i + 1 }
            i += 1
        }
        self.line = line
        self.column = position - lineStart + 1
    }

    /// An error raised while evaluating a query.
    public static func evaluation(_ message: String) -> PromQLError {
        var e = PromQLError(message, position: 0, in: [])
        e.kind = .evaluation
        return e
    }

    /// `line:column: parse error: message` for a parse error, the message for an evaluation error.
    public var description: String {
        kind == .parse ? "\(line):\(column): parse error: \(message)" : message
    }
}
