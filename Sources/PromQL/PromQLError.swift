/// A PromQL lexing, parsing or type-checking error, worded as Prometheus words it.
///
/// ``description`` reads `1:6: parse error: expected type range vector in call to function
/// "rate", got instant vector`, the form promtool prints after `could not parse expression:`.
public struct PromQLError: Error, Sendable, Equatable, CustomStringConvertible {
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

    /// `line:column: parse error: message`.
    public var description: String { "\(line):\(column): parse error: \(message)" }
}
