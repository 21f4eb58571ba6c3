/// How a frame is named in stack traces: `$`, `function <f>`, `object <o>`,
/// `thunk <x> from <$>`, `+:` … Names are fixed by where code sits in the source, so the
/// analyzer builds them once; the text is assembled only when a trace is printed.
public final class TraceName: @unchecked Sendable {
    enum Kind {
        /// An ordinary frame: the text goes in the name column.
        case name
        /// A frame without a location (`During evaluation`): the text goes in the location column.
        case pseudo
        /// Manifestation of a field: `Field "<name>"`, the name taken from the stack entry.
        case field
        /// Manifestation of an array element: `Array element <n>`.
        case element
    }

    let kind: Kind
    private let prefix: String
    private let parent: TraceName?
    private var cached: String?

    init(_ text: String, kind: Kind = .name) {
        self.kind = kind
        self.prefix = text
        self.parent = nil
    }

    /// `prefix` + the parent's text + `>`, as in `thunk from <` + `$` + `>`.
    init(prefix: String, parent: TraceName) {
        self.kind = .name
        self.prefix = prefix
        self.parent = parent
    }

    var text: String {
        if let c = cached { return c }
        let t = parent.map { prefix + $0.text + ">" } ?? prefix
        cached = t
        return t
    }

    static let topLevel = TraceName("$")
    static let anonymousThunk = TraceName("thunk from <$>")
    static let anonymousObject = TraceName("object <anonymous>")
    static let anonymousFunction = TraceName("function <anonymous>")
    static let plusField = TraceName("+:")
    static let unnamed = TraceName("")
    static let duringEvaluation = TraceName("During evaluation", kind: .pseudo)
    static let duringManifestation = TraceName("During manifestation", kind: .pseudo)
    static let topLevelCall = TraceName("Top-level function call", kind: .pseudo)
    static let checkingAsserts = TraceName("Checking object assertions", kind: .pseudo)
    static let field = TraceName("", kind: .field)
    static let element = TraceName("", kind: .element)

    static func function(_ name: String?) -> TraceName {
        name.map { TraceName("function <\($0)>") } ?? anonymousFunction
    }
    static func object(_ name: String?) -> TraceName {
        name.map { TraceName("object <\($0)>") } ?? anonymousObject
    }
    static func thunk(_ name: String?, from parent: TraceName) -> TraceName {
        TraceName(prefix: name.map { "thunk <\($0)> from <" } ?? "thunk from <", parent: parent)
    }
}

/// One entry of the evaluator's explicit call stack: the expression that entered it (printed as
/// a trace line with that expression's context), or a manifestation pseudo frame
/// (`Field "x"`, `Array element n`, `During …`).
struct StackEntry {
    let site: Node?
    let pseudo: TraceName?
    let detail: Int
    let fieldName: String?
    /// A `tailstrict` call's frame: the next call made while it is on top removes it from
    /// traces and from the frame count, as go-jsonnet trims such frames.
    let trimmable: Bool
    /// Set once a later call trimmed this frame.
    var trimmed = false

    init(site: Node?, trimmable: Bool = false) {
        self.site = site
        self.pseudo = nil
        self.detail = 0
        self.fieldName = nil
        self.trimmable = trimmable
    }

    init(pseudo: TraceName, detail: Int = 0, fieldName: String? = nil) {
        self.site = nil
        self.pseudo = pseudo
        self.detail = detail
        self.fieldName = fieldName
        self.trimmable = false
    }
}

/// One printed line of a stack trace: a location (or a pseudo frame's description) and a name.
public struct TraceLine: Sendable, Equatable {
    public let location: String
    public let name: String
    /// The evaluator stack depth the line came from (lines of frames emulating go-jsonnet's std
    /// library, made at the point of the error, count as the top). Lets frames be spliced in
    /// below a given depth (`Evaluator.withStdFrames`).
    var depth: Int = Int.max

    public init(location: String, name: String) {
        self.location = location
        self.name = name
    }

    init(location: String, name: String, depth: Int) {
        self.location = location
        self.name = name
        self.depth = depth
    }

    public static func == (a: TraceLine, b: TraceLine) -> Bool {
        a.location == b.location && a.name == b.name
    }
}

/// An error raised while evaluating or manifesting: the message and the stack trace at the
/// point it was raised.
public struct RuntimeError: Error, Sendable {
    public let message: String
    public let trace: [TraceLine]
    /// Set when a static error surfaced during evaluation is printed as one (a syntax error in
    /// `--ext-code`): the complete text.
    public let staticText: String?

    public init(message: String, trace: [TraceLine], staticText: String? = nil) {
        self.message = message
        self.trace = trace
        self.staticText = staticText
    }

    /// This error with `lines` inserted below the trace lines that come from stack depth
    /// `depth` or above.
    func inserting(_ lines: [TraceLine], belowDepth depth: Int) -> RuntimeError {
        if staticText != nil { return self }
        var t = trace
        let at = t.firstIndex { $0.depth < depth } ?? t.count
        t.insert(contentsOf: lines.map { TraceLine(location: $0.location, name: $0.name, depth: depth) }, at: at)
        return RuntimeError(message: message, trace: t, staticText: staticText)
    }

    /// go-jsonnet's text: `RUNTIME ERROR: msg`, then a tab-separated line per frame, keeping the
    /// first and last `maxTrace / 2` lines when there are more than `maxTrace`.
    public func rendered(maxTrace: Int = 20) -> String {
        if let s = staticText { return s }
        var out = "RUNTIME ERROR: \(message)\n"
        var lines = trace
        if maxTrace > 0 && lines.count > maxTrace {
            let half = maxTrace / 2
            let head = Array(lines.prefix(half))
            let tail = Array(lines.suffix(maxTrace - half))
            lines = head + [TraceLine(location: "...", name: "")] + tail
            for l in lines {
                if l.location == "..." && l.name.isEmpty { out += "\t...\n" } else { out += "\t\(l.location)\t\(l.name)\n" }
            }
            return out
        }
        for l in lines { out += "\t\(l.location)\t\(l.name)\n" }
        return out
    }
}

/// Go's `unicode.IsPrint` (without the ASCII space): letters, marks, numbers, punctuation and
/// symbols.
func isGoPrintable(_ u: Unicode.Scalar) -> Bool {
    switch u.properties.generalCategory {
    case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
         .nonspacingMark, .spacingMark, .enclosingMark,
         .decimalNumber, .letterNumber, .otherNumber,
         .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
         .initialPunctuation, .finalPunctuation, .otherPunctuation,
         .mathSymbol, .currencySymbol, .modifierSymbol, .otherSymbol:
        return true
    default:
        return false
    }
}

/// Go's `%q` of a string as go-jsonnet prints field names in traces.
func goQuote(_ s: String) -> String {
    var out = "\""
    for u in s.unicodeScalars {
        switch u {
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
            if u.value < 0x20 || u.value == 0x7F {
                out += "\\x" + hex(Int(u.value), 2)
            } else if u.value != 0x20 && !isGoPrintable(u) {
                out += u.value > 0xFFFF ? "\\U" + hex(Int(u.value), 8) : "\\u" + hex(Int(u.value), 4)
            } else {
                out.unicodeScalars.append(u)
            }
        }
    }
    return out + "\""
}
