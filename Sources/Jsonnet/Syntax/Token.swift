/// The kinds of lexical tokens of Jsonnet.
public enum TokenKind: UInt8, Sendable {
    case braceL, braceR, bracketL, bracketR, comma, dot, parenL, parenR, semicolon
    case dollar
    /// A run of operator characters (`+`, `==`, `+:::`, `=` …); `text` holds it.
    case op
    case identifier
    case number
    /// Any string literal; `text` holds its value with escapes processed.
    case stringDouble, stringSingle, stringBlock, verbatimDouble, verbatimSingle
    // Keywords
    case kwAssert, kwElse, kwError, kwFalse, kwFor, kwFunction, kwIf, kwImport, kwImportStr
    case kwImportBin, kwIn, kwLocal, kwNull, kwTailStrict, kwThen, kwSelf, kwSuper, kwTrue
    case eof

    var isString: Bool {
        switch self {
        case .stringDouble, .stringSingle, .stringBlock, .verbatimDouble, .verbatimSingle: return true
        default: return false
        }
    }

    static let keywords: [String: TokenKind] = [
        "assert": .kwAssert, "else": .kwElse, "error": .kwError, "false": .kwFalse,
        "for": .kwFor, "function": .kwFunction, "if": .kwIf, "import": .kwImport,
        "importstr": .kwImportStr, "importbin": .kwImportBin, "in": .kwIn, "local": .kwLocal,
        "null": .kwNull, "tailstrict": .kwTailStrict, "then": .kwThen, "self": .kwSelf,
        "super": .kwSuper, "true": .kwTrue,
    ]

    /// How go-jsonnet names the token kind in "expected X but got Y" messages.
    var displayName: String {
        switch self {
        case .braceL: return "\"{\""
        case .braceR: return "\"}\""
        case .bracketL: return "\"[\""
        case .bracketR: return "\"]\""
        case .comma: return "\",\""
        case .dot: return "\".\""
        case .parenL: return "\"(\""
        case .parenR: return "\")\""
        case .semicolon: return "\";\""
        case .dollar: return "\"$\""
        case .op: return "OPERATOR"
        case .identifier: return "IDENTIFIER"
        case .number: return "NUMBER"
        case .stringDouble: return "STRING_DOUBLE"
        case .stringSingle: return "STRING_SINGLE"
        case .stringBlock: return "STRING_BLOCK"
        case .verbatimDouble: return "VERBATIM_STRING_DOUBLE"
        case .verbatimSingle: return "VERBATIM_STRING_SINGLE"
        case .eof: return "end of file"
        default:
            for (k, v) in TokenKind.keywords where v == self { return k }
            return "?"
        }
    }
}

/// One token: its kind, its byte range, and its text (the identifier, operator, number as
/// written, or a string literal's processed value).
public struct Token: Sendable {
    public let kind: TokenKind
    public let start: Int
    public let end: Int
    /// The identifier, operator, number as written, or string contents (quoted strings with
    /// their escapes still in; see `hasEscapes`).
    public let text: String
    public var hasEscapes = false

    init(kind: TokenKind, start: Int, end: Int, text: String, hasEscapes: Bool = false) {
        self.kind = kind
        self.start = start
        self.end = end
        self.text = text
        self.hasEscapes = hasEscapes
    }
}
