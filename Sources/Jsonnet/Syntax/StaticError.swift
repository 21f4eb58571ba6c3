/// An error found before evaluation: lexing, parsing or scope analysis. It carries the range it
/// is about; `render` prints it the way go-jsonnet does (`file:l:c-c msg`, then the source line).
public struct StaticError: Error, Sendable {
    public let message: String
    public let range: SourceRange

    public init(_ message: String, at range: SourceRange) {
        self.message = message
        self.range = range
    }

    /// go-jsonnet's text: the location, the message, then the lines of the range between blank lines.
    public var rendered: String {
        let file = range.file
        let first = file.location(of: Int(range.start)).line
        let last = range.end > range.start ? file.location(of: Int(range.end)).line : first
        var snippet: [String] = []
        for line in first...max(first, last) { snippet.append(file.lineText(line)) }
        return "\(range.description) \(message)\n\n\(snippet.joined(separator: "\n"))\n\n"
    }
}
