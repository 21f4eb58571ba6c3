/// A position in YAML input: 0-based character index, line and column (columns count Unicode
/// code points, as YAML's indentation does).
public struct YAMLMark: Equatable, Sendable {
    public var index: Int
    public var line: Int
    public var column: Int

    public init(index: Int = 0, line: Int = 0, column: Int = 0) {
        self.index = index
        self.line = line
        self.column = column
    }
}

/// An error reading YAML: what went wrong (`problem`) and where (`problemMark`), with the
/// construct being read when it happened (`context`, `contextMark`) when there is one.
public struct YAMLError: Error, CustomStringConvertible, Sendable {
    public enum Stage: Sendable {
        /// A character that YAML does not allow anywhere (control characters).
        case reader
        /// Splitting the text into tokens.
        case scanner
        /// Arranging tokens into documents, collections and scalars.
        case parser
        /// Building values: anchors and aliases, keys, tags and the schema.
        case composer
    }

    public var stage: Stage
    public var context: String?
    public var contextMark: YAMLMark?
    public var problem: String
    public var problemMark: YAMLMark

    public init(_ stage: Stage, _ problem: String, at mark: YAMLMark, context: String? = nil, contextMark: YAMLMark? = nil) {
        self.stage = stage
        self.problem = problem
        self.problemMark = mark
        self.context = context
        self.contextMark = contextMark
    }

    /// 1-based line of the problem.
    public var line: Int { problemMark.line + 1 }
    /// 1-based column of the problem.
    public var column: Int { problemMark.column + 1 }

    /// "line L, column C: problem (context at line L', column C')".
    public var description: String {
        var s = "line \(line), column \(column): \(problem)"
        if let c = context, !c.isEmpty {
            s += " (\(c)"
            if let m = contextMark { s += " at line \(m.line + 1), column \(m.column + 1)" }
            s += ")"
        }
        return s
    }
}
