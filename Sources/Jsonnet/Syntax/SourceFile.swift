/// The text of one Jsonnet source (a file, a `-e` snippet, an ext var's code) with the name
/// that error messages show for it. Positions inside it are UTF-8 byte offsets; line and column
/// are computed only when a message is printed.
public final class SourceFile: @unchecked Sendable {
    /// The name shown in messages and returned by `std.thisFile` (the path as the importer gave it).
    public let path: String
    /// The UTF-8 bytes of the source.
    public let bytes: [UInt8]
    private var lineStartsCache: [Int]?

    public init(path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
    }

    public convenience init(path: String, text: String) {
        self.init(path: path, bytes: Array(text.utf8))
    }

    private var lineStarts: [Int] {
        if let cached = lineStartsCache { return cached }
        var starts = [0]
        for (i, b) in bytes.enumerated() where b == UInt8(ascii: "\n") { starts.append(i + 1) }
        lineStartsCache = starts
        return starts
    }

    /// 1-based line and 1-based byte column of a byte offset (go-jsonnet counts columns in bytes).
    public func location(of offset: Int) -> (line: Int, column: Int) {
        let starts = lineStarts
        var lo = 0, hi = starts.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if starts[mid] <= offset { lo = mid } else { hi = mid - 1 }
        }
        return (lo + 1, offset - starts[lo] + 1)
    }

    /// The text of a 1-based line, without its newline.
    public func lineText(_ line: Int) -> String {
        let starts = lineStarts
        guard line >= 1 && line <= starts.count else { return "" }
        let start = starts[line - 1]
        var end = line < starts.count ? starts[line] - 1 : bytes.count
        if end < start { end = start }
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }
}

/// A half-open span of bytes `[start, end)` in one source file: the position every syntax node,
/// token and error carries.
public struct SourceRange: Sendable {
    public let file: SourceFile
    public let start: Int32
    public let end: Int32

    public init(file: SourceFile, start: Int, end: Int) {
        self.file = file
        self.start = Int32(truncatingIfNeeded: start)
        self.end = Int32(truncatingIfNeeded: end)
    }

    /// A range that covers `self` and `other` (which must be in the same file).
    public func to(_ other: SourceRange) -> SourceRange {
        SourceRange(file: file, start: Int(start), end: Int(other.end))
    }

    /// go-jsonnet's rendering: `file:l:c-c`, `file:(l:c)-(l:c)` across lines, or `file:l:c`
    /// for an empty range.
    public var description: String {
        let a = file.location(of: Int(start))
        if end <= start { return "\(file.path):\(a.line):\(a.column)" }
        let b = file.location(of: Int(end))
        if a.line == b.line { return "\(file.path):\(a.line):\(a.column)-\(b.column)" }
        return "\(file.path):(\(a.line):\(a.column))-(\(b.line):\(b.column))"
    }
}
