import Foundation

/// Parses PromQL queries into ``PromQLExpr`` trees and type-checks them as Prometheus 2.x does.
///
/// ```swift
/// let expr = try PromQLParser.parse("sum by (job) (rate(http_requests_total[5m]))")
/// print(expr)  // sum by (job) (rate(http_requests_total[5m]))
/// ```
/// Errors are ``PromQLError``s with Prometheus' wording and a position.
public struct PromQLParser {
    /// Hooks the parser uses for regular expressions in `=~`/`!~` matchers.
    public struct Options: Sendable {
        /// Compiles an (unanchored) matcher regex; returns Prometheus' error message
        /// (`error parsing regexp: …`) when it is invalid, `nil` when it compiles.
        public var regexError: (@Sendable (String) -> String?)?
        /// Whether a regex matches the empty string; used for the "at least one non-empty
        /// matcher" check. Without it only obvious patterns (`.*`, `a|`) count as matching "".
        public var regexMatchesEmpty: (@Sendable (String) -> Bool)?

        /// The default: regexes are compiled and judged with ``RE2Regex`` (anchored, as
        /// Prometheus anchors matcher regexes).
        public static let standard = Options(
            regexError: { pattern in
                do throws(RE2Error) { _ = try RE2Regex.anchored(pattern); return nil } catch { return error.message }
            },
            regexMatchesEmpty: { pattern in (try? RE2Regex.anchored(pattern))?.matches("") ?? false })

        /// Options with the given hooks; `nil` hooks fall back to the simple built-in judgement
        /// (no regex validation, only obvious empty-matching patterns recognised).
        public init(regexError: (@Sendable (String) -> String?)? = nil, regexMatchesEmpty: (@Sendable (String) -> Bool)? = nil) {
            self.regexError = regexError
            self.regexMatchesEmpty = regexMatchesEmpty
        }
    }

    /// Parses and type-checks `query`.
    public static func parse(_ query: String, options: Options = .standard) throws(PromQLError) -> PromQLExpr {
        var p = ParserState(query, options: options)
        let node = try p.parseExpr(minPrecedence: 0)
        let t = try p.peek()
        if t.kind != .eof { throw p.unexpected(t) }
        return node.expr
    }

    /// Parses a bare series selector such as `up{job="api"}` or `{__name__=~"x.*"}` (as used
    /// by `promtool test rules` and the series API) into its matchers.
    public static func parseMetricSelector(_ text: String, options: Options = .standard) throws(PromQLError) -> [PromQLLabelMatcher] {
        let expr = try parse(text, options: options)
        guard case .vectorSelector(let vs) = expr, vs.offset == nil, vs.at == nil else {
            throw PromQLError("expected a metric selector", position: 0, in: Array(text.utf8))
        }
        return vs.matchers
    }
}

/// An expression and where it starts in the query.
struct Node {
    var expr: PromQLExpr
    var start: Int
}

struct ParserState {
    var lexer: PromQLLexer
    var lookahead: [PromQLToken] = []
    let options: PromQLParser.Options
    var bytes: [UInt8] { lexer.bytes }

    init(_ query: String, options: PromQLParser.Options) {
        self.lexer = PromQLLexer(query)
        self.options = options
    }

    // MARK: tokens

    mutating func peek(_ n: Int = 0) throws(PromQLError) -> PromQLToken {
        while lookahead.count <= n { lookahead.append(try lexer.next()) }
        return lookahead[n]
    }

    @discardableResult
    mutating func advance() throws(PromQLError) -> PromQLToken {
        let t = try peek()
        lookahead.removeFirst()
        return t
    }

    func error(_ message: String, at position: Int) -> PromQLError {
        PromQLError(message, position: position, in: bytes)
    }

    func unexpected(_ t: PromQLToken, _ context: String = "") -> PromQLError {
        error("unexpected \(t)\(context)", at: t.position)
    }

    static func isWord(_ t: PromQLToken, _ word: String) -> Bool {
        t.kind == .identifier && t.text.lowercased() == word
    }

    // MARK: binary operators

    func binaryOp(_ t: PromQLToken) -> PromQLBinaryOp? {
        switch t.kind {
        case .add: return .add
        case .sub: return .sub
        case .mul: return .mul
        case .div: return .div
        case .mod: return .mod
        case .pow: return .pow
        case .eql: return .eql
        case .neq: return .neq
        case .lte: return .lte
        case .lss: return .lss
        case .gte: return .gte
        case .gtr: return .gtr
        case .identifier:
            switch t.text.lowercased() {
            case "and": return .and
            case "or": return .or
            case "unless": return .unless
            case "atan2": return .atan2
            default: return nil
            }
        default: return nil
        }
    }

    mutating func parseExpr(minPrecedence: Int) throws(PromQLError) -> Node {
        var lhs = try parseUnary()
        while true {
            let t = try peek()
            guard let op = binaryOp(t), op.precedence >= minPrecedence else { return lhs }
            try advance()
            var returnBool = false
            if Self.isWord(try peek(), "bool") {
                try advance()
                returnBool = true
            }
            var matching: (on: Bool, labels: [String])?
            var group: (left: Bool, labels: [String])?
            let m = try peek()
            if Self.isWord(m, "on") || Self.isWord(m, "ignoring") {
                try advance()
                matching = (Self.isWord(m, "on"), try parseLabelList())
                let g = try peek()
                if Self.isWord(g, "group_left") || Self.isWord(g, "group_right") {
                    try advance()
                    var labels: [String] = []
                    if try peek().kind == .leftParen { labels = try parseLabelList() }
                    group = (Self.isWord(g, "group_left"), labels)
                }
            }
            let rhs = try parseExpr(minPrecedence: op.isRightAssociative ? op.precedence : op.precedence + 1)
            lhs = try makeBinary(op: op, opToken: t, lhs: lhs, rhs: rhs, returnBool: returnBool, matching: matching, group: group)
        }
    }

    mutating func makeBinary(op: PromQLBinaryOp, opToken: PromQLToken, lhs: Node, rhs: Node, returnBool: Bool,
                             matching: (on: Bool, labels: [String])?, group: (left: Bool, labels: [String])?) throws(PromQLError) -> Node {
        let lt = lhs.expr.type, rt = rhs.expr.type
        if returnBool && !op.isComparison {
            throw error("bool modifier can only be used on comparison operators", at: opToken.position)
        }
        if op.isComparison && !returnBool && lt == .scalar && rt == .scalar {
            throw error("comparisons between scalars must use BOOL modifier", at: opToken.position)
        }
        if op.isSetOperator && (lt == .scalar || rt == .scalar) {
            throw error("set operator \"\(op.rawValue)\" not allowed in binary scalar expression", at: lhs.start)
        }
        for side in [lhs, rhs] where side.expr.type != .scalar && side.expr.type != .instantVector {
            throw error("binary expression must contain only scalar and instant vector types", at: side.start)
        }
        var vm: PromQLVectorMatching?
        if lt == .instantVector && rt == .instantVector {
            var card: PromQLCardinality = op.isSetOperator ? .manyToMany : .oneToOne
            if let group { card = group.left ? .manyToOne : .oneToMany }
            vm = PromQLVectorMatching(card: card, matchingLabels: matching?.labels ?? [], on: matching?.on ?? false, include: group?.labels ?? [])
        } else if matching != nil || group != nil {
            throw error("vector matching only allowed between instant vectors", at: lhs.start)
        }
        if op.isSetOperator, group != nil {
            throw error("no grouping allowed for \"\(op.rawValue)\" operation", at: lhs.start)
        }
        if let matching, matching.on, let group {
            for l in matching.labels where group.labels.contains(l) {
                throw error("label \"\(l)\" must not occur in ON and GROUP clause at once", at: opToken.position)
            }
        }
        let b = PromQLBinaryExpr(op: op, lhs: lhs.expr, rhs: rhs.expr, returnBool: returnBool, matching: vm)
        return Node(expr: .binary(b), start: lhs.start)
    }

    // MARK: unary, postfix, primary

    mutating func parseUnary() throws(PromQLError) -> Node {
        let t = try peek()
        if t.kind == .add || t.kind == .sub {
            try advance()
            // Unary operators bind like `*`: `-a ^ b` is `-(a ^ b)`, `-a * b` is `(-a) * b`.
            let operand = try parseExpr(minPrecedence: PromQLBinaryOp.pow.precedence)
            if case .number(let v) = operand.expr {
                return Node(expr: .number(t.kind == .sub ? -v : v), start: t.position)
            }
            let type = operand.expr.type
            if type != .scalar && type != .instantVector {
                throw error("unary expression only allowed on expressions of type scalar or instant vector, got \(Self.articled(type))", at: t.position)
            }
            return Node(expr: .unary(t.kind == .sub ? .minus : .plus, operand.expr), start: t.position)
        }
        return try parsePostfix(try parsePrimary())
    }

    /// Prometheus' internal value-type names (`matrix`, `vector`), used in a few messages.
    static func goTypeName(_ type: PromQLValueType) -> String {
        switch type {
        case .rangeVector: return "matrix"
        case .instantVector: return "vector"
        default: return type.rawValue
        }
    }

    static func articled(_ type: PromQLValueType) -> String { "\"\(type.rawValue)\"" }

    mutating func parsePostfix(_ start: Node) throws(PromQLError) -> Node {
        var node = start
        while true {
            let t = try peek()
            if t.kind == .leftBracket {
                node = try parseRangeOrSubquery(node)
            } else if Self.isWord(t, "offset") {
                try advance()
                node = try applyOffset(node, token: t)
            } else if t.kind == .at {
                try advance()
                node = try applyAt(node, token: t)
            } else {
                return node
            }
        }
    }

    mutating func parseDuration(_ what: String, inBrackets: Bool = true) throws(PromQLError) -> (PromQLDuration, Int) {
        let t = try advance()
        if inBrackets {
            switch t.kind {
            case .eof: throw error("unclosed left bracket", at: t.position)
            case .rightBracket: throw error("missing unit character in duration", at: t.position)
            case .identifier: throw error("bad duration syntax: \"\"", at: t.position)
            default: break
            }
        }
        switch t.kind {
        case .duration:
            guard let d = PromQLDuration(parsing: t.text) else {
                throw error("not a valid duration string: \"\(t.text)\"", at: t.position)
            }
            return (d, t.position)
        case .number where inBrackets:
            throw error("missing unit character in duration", at: t.position)
        case .sub, .add:
            let n = try peek()
            if inBrackets, n.kind == .duration || n.kind == .number {
                throw error("missing unit character in duration", at: t.position)
            }
            throw unexpected(t, what)
        default:
            throw unexpected(t, what)
        }
    }

    mutating func parseRangeOrSubquery(_ node: Node) throws(PromQLError) -> Node {
        try advance() // [
        let (range, rangePos) = try parseDuration(" in subquery or range selector, expected duration")
        let t = try advance()
        if t.kind == .rightBracket {
            guard case .vectorSelector(let vs) = node.expr else {
                throw error("ranges only allowed for vector selectors", at: t.position - 1 - 0 >= 0 ? rangePos - 1 : 0)
            }
            if range.milliseconds <= 0 { throw error("duration must be greater than 0", at: rangePos) }
            if vs.offset != nil { throw error("no offset modifiers allowed before range", at: rangePos - 1) }
            if vs.at != nil { throw error("no @ modifiers allowed before range", at: rangePos - 1) }
            return Node(expr: .matrixSelector(PromQLMatrixSelector(vectorSelector: vs, range: range)), start: node.start)
        }
        guard t.kind == .colon else {
            if t.kind == .eof { throw error("unclosed left bracket", at: t.position) }
            throw unexpected(t, " in subquery or range selector, expected \"]\" or \":\"")
        }
        var step: PromQLDuration?
        if try peek().kind != .rightBracket {
            let (s, stepPos) = try parseDuration(" in subquery, expected duration or \"]\"")
            if s.milliseconds <= 0 { throw error("duration must be greater than 0", at: stepPos) }
            step = s
        }
        let close = try advance()
        guard close.kind == .rightBracket else {
            if close.kind == .eof { throw error("unclosed left bracket", at: close.position) }
            if close.kind == .colon { throw error("unexpected colon ':'", at: close.position) }
            throw unexpected(close, " in subquery, expected \"]\"")
        }
        if range.milliseconds <= 0 { throw error("duration must be greater than 0", at: rangePos) }
        let type = node.expr.type
        if type != .instantVector {
            throw error("subquery is only allowed on instant vector, got \(Self.goTypeName(type)) instead", at: node.start)
        }
        return Node(expr: .subquery(PromQLSubquery(expr: node.expr, range: range, step: step)), start: node.start)
    }

    mutating func applyOffset(_ node: Node, token: PromQLToken) throws(PromQLError) -> Node {
        var negative = false
        let sign = try peek()
        // Prometheus' grammar takes a `-` here whatever follows it, then wants a duration.
        if sign.kind == .sub {
            try advance()
            negative = true
        }
        let (d, _) = try parseDuration(" in offset, expected duration", inBrackets: false)
        let offset = PromQLDuration(milliseconds: negative ? -d.milliseconds : d.milliseconds)
        let tooLate = "offset may not be set multiple times"
        switch node.expr {
        case .vectorSelector(var vs):
            if vs.offset != nil { throw error(tooLate, at: node.start) }
            vs.offset = offset
            return Node(expr: .vectorSelector(vs), start: node.start)
        case .matrixSelector(var ms):
            if ms.vectorSelector.offset != nil { throw error(tooLate, at: node.start) }
            ms.vectorSelector.offset = offset
            return Node(expr: .matrixSelector(ms), start: node.start)
        case .subquery(var sq):
            if sq.offset != nil { throw error(tooLate, at: node.start) }
            sq.offset = offset
            return Node(expr: .subquery(sq), start: node.start)
        default:
            throw error("offset modifier must be preceded by an instant vector selector or range vector selector or a subquery", at: node.start)
        }
    }

    mutating func applyAt(_ node: Node, token: PromQLToken) throws(PromQLError) -> Node {
        var at: PromQLAtModifier
        let t = try advance()
        if Self.isWord(t, "start") || Self.isWord(t, "end") {
            let open = try advance()
            guard open.kind == .leftParen else { throw unexpected(open, " in @, expected timestamp") }
            let close = try advance()
            guard close.kind == .rightParen else {
                if close.kind == .eof { throw error("unclosed left parenthesis", at: close.position) }
                throw unexpected(close, " in @, expected \")\"")
            }
            at = Self.isWord(t, "start") ? .start : .end
        } else {
            var negative = false
            var n = t
            if t.kind == .sub || t.kind == .add {
                negative = t.kind == .sub
                n = try advance()
            }
            guard n.kind == .number || (n.kind == .identifier && ["inf", "nan"].contains(n.text.lowercased())) else {
                throw unexpected(n, " in @, expected timestamp")
            }
            var v = Self.numberValue(n.text)
            if negative { v = -v }
            if !v.isFinite || abs(v * 1000) > Double(Int64.max) {
                throw error("timestamp out of bounds for @ modifier: \(formatPromQLNumber(v))", at: node.start)
            }
            at = .timestamp(Int64((v * 1000).rounded()))
        }
        let twice = "@ <timestamp> may not be set multiple times"
        switch node.expr {
        case .vectorSelector(var vs):
            if vs.at != nil { throw error(twice, at: node.start) }
            vs.at = at
            return Node(expr: .vectorSelector(vs), start: node.start)
        case .matrixSelector(var ms):
            if ms.vectorSelector.at != nil { throw error(twice, at: node.start) }
            ms.vectorSelector.at = at
            return Node(expr: .matrixSelector(ms), start: node.start)
        case .subquery(var sq):
            if sq.at != nil { throw error(twice, at: node.start) }
            sq.at = at
            return Node(expr: .subquery(sq), start: node.start)
        default:
            throw error("@ modifier must be preceded by an instant vector selector or range vector selector or a subquery", at: node.start)
        }
    }

    static func numberValue(_ text: String) -> Double { PromQLLexer.numberValue(text) ?? .nan }

    mutating func parsePrimary() throws(PromQLError) -> Node {
        let t = try peek()
        switch t.kind {
        case .number:
            try advance()
            return Node(expr: .number(Self.numberValue(t.text)), start: t.position)
        case .string:
            try advance()
            return Node(expr: .string(t.value), start: t.position)
        case .leftParen:
            try advance()
            let inner = try parseExpr(minPrecedence: 0)
            let close = try peek()
            if close.kind != .rightParen {
                if close.kind == .eof { throw error("unclosed left parenthesis", at: close.position) }
                throw unexpected(close)
            }
            try advance()
            return Node(expr: .paren(inner.expr), start: t.position)
        case .leftBrace:
            return try parseSelector(name: nil, start: t.position)
        case .identifier:
            return try parseIdentifierExpr(t)
        case .eof:
            throw error("unexpected end of input", at: t.position)
        default:
            throw unexpected(t)
        }
    }

    mutating func parseIdentifierExpr(_ t: PromQLToken) throws(PromQLError) -> Node {
        let lower = t.text.lowercased()
        let next = try peek(1)
        if let agg = PromQLAggregateOp(rawValue: lower),
           next.kind == .leftParen || Self.isWord(next, "by") || Self.isWord(next, "without") {
            return try parseAggregation(agg, token: t)
        }
        if PromQLToken.reservedWords.contains(lower) { throw unexpected(t) }
        if next.kind == .leftParen {
            guard let fn = PromQLFunction.named(t.text) else {
                // Prometheus names the unknown function once the call's arguments have
                // parsed, so a syntax error inside them is reported first.
                try advance()
                _ = try parseArgs()
                throw error("unknown function with name \"\(t.text)\"", at: t.position)
            }
            return try parseCall(fn, token: t)
        }
        if lower == "inf" || lower == "nan" {
            try advance()
            return Node(expr: .number(Self.numberValue(lower)), start: t.position)
        }
        if PromQLToken.reservedWords.contains(lower) { throw unexpected(t) }
        try advance()
        return try parseSelector(name: t.text, start: t.position)
    }

    mutating func parseLabelList() throws(PromQLError) -> [String] {
        let open = try advance()
        guard open.kind == .leftParen else { throw unexpected(open, " in grouping opts, expected \"(\"") }
        var labels: [String] = []
        while true {
            let t = try advance()
            if t.kind == .rightParen { return labels }
            if t.kind == .eof { throw error("unclosed left parenthesis", at: t.position) }
            guard t.kind == .identifier, !t.text.contains(":") else {
                throw unexpected(t, " in grouping opts, expected label")
            }
            labels.append(t.text)
            let sep = try advance()
            if sep.kind == .rightParen { return labels }
            if sep.kind == .eof { throw error("unclosed left parenthesis", at: sep.position) }
            guard sep.kind == .comma else { throw unexpected(sep, " in grouping opts, expected \",\" or \")\"") }
        }
    }

    mutating func parseArgs() throws(PromQLError) -> [Node] {
        let open = try advance()
        guard open.kind == .leftParen else { throw unexpected(open) }
        var args: [Node] = []
        if try peek().kind == .rightParen { try advance(); return args }
        while true {
            args.append(try parseExpr(minPrecedence: 0))
            let sep = try advance()
            if sep.kind == .rightParen { return args }
            if sep.kind == .comma, try peek().kind == .rightParen {
                throw error("trailing commas not allowed in function call args", at: sep.position)
            }
            if sep.kind == .eof { throw error("unclosed left parenthesis", at: sep.position) }
            guard sep.kind == .comma else { throw unexpected(sep, ", expected \",\" or \")\"") }
        }
    }

    mutating func parseAggregation(_ op: PromQLAggregateOp, token: PromQLToken) throws(PromQLError) -> Node {
        try advance()
        var grouping: [String] = []
        var without = false
        var groupingGiven = false
        let g = try peek()
        if Self.isWord(g, "by") || Self.isWord(g, "without") {
            try advance()
            without = Self.isWord(g, "without")
            grouping = try parseLabelList()
            groupingGiven = true
        }
        let args = try parseArgs()
        let after = try peek()
        if Self.isWord(after, "by") || Self.isWord(after, "without") {
            if groupingGiven { throw unexpected(after) }
            try advance()
            without = Self.isWord(after, "without")
            grouping = try parseLabelList()
        }
        let expected = op.parameterType == nil ? 1 : 2
        if args.isEmpty {
            throw error("no arguments for aggregate expression provided", at: token.position)
        }
        if args.count != expected {
            throw error("wrong number of arguments for aggregate expression provided, expected \(expected), got \(args.count)", at: token.position)
        }
        let exprNode = args[args.count - 1]
        var param: PromQLExpr?
        if let paramType = op.parameterType {
            let p = args[0]
            if p.expr.type != paramType {
                throw error("expected type \(paramType.rawValue) in aggregation parameter, got \(p.expr.type.rawValue)", at: p.start)
            }
            param = p.expr
        }
        if exprNode.expr.type != .instantVector {
            throw error("expected type instant vector in aggregation expression, got \(exprNode.expr.type.rawValue)", at: exprNode.start)
        }
        let agg = PromQLAggregateExpr(op: op, expr: exprNode.expr, param: param, grouping: grouping, without: without)
        return Node(expr: .aggregate(agg), start: token.position)
    }

    mutating func parseCall(_ fn: PromQLFunction, token: PromQLToken) throws(PromQLError) -> Node {
        try advance()
        let args = try parseArgs()
        let n = args.count, declared = fn.argTypes.count
        let name = "\"\(fn.name)\""
        if fn.variadic == 0 {
            if n != declared {
                throw error("expected \(declared) argument(s) in call to \(name), got \(n)", at: token.position)
            }
        } else {
            let minArgs = declared - 1
            if n < minArgs {
                throw error("expected at least \(minArgs) argument(s) in call to \(name), got \(n)", at: token.position)
            }
            if fn.variadic > 0 {
                let maxArgs = declared - 1 + fn.variadic
                if n > maxArgs {
                    throw error("expected at most \(maxArgs) argument(s) in call to \(name), got \(n)", at: token.position)
                }
            }
        }
        for (i, arg) in args.enumerated() {
            let want = fn.argTypes[min(i, declared - 1)]
            if arg.expr.type != want {
                throw error("expected type \(want.rawValue) in call to function \(name), got \(arg.expr.type.rawValue)", at: arg.start)
            }
        }
        return Node(expr: .call(PromQLCall(function: fn, args: args.map(\.expr))), start: token.position)
    }

    // MARK: selectors

    mutating func parseSelector(name: String?, start: Int) throws(PromQLError) -> Node {
        var matchers: [PromQLLabelMatcher] = []
        if let name { matchers.append(PromQLLabelMatcher(name: "__name__", type: .equal, value: name)) }
        if try peek().kind == .leftBrace {
            try advance()
            while true {
                let t = try advance()
                if t.kind == .rightBrace { break }
                guard t.kind == .identifier else {
                    throw unexpected(t, " in label matching, expected identifier or \"}\"")
                }
                let opToken = try advance()
                let type: PromQLMatchType
                switch opToken.kind {
                case .assign: type = .equal
                case .neq: type = .notEqual
                case .eqlRegex: type = .regexMatch
                case .neqRegex: type = .regexNoMatch
                default: throw unexpected(opToken, " in label matching, expected label matching operator")
                }
                let value = try advance()
                guard value.kind == .string else {
                    throw unexpected(value, " in label matching, expected string")
                }
                if type == .regexMatch || type == .regexNoMatch, let check = options.regexError, let message = check(value.value) {
                    throw error(message, at: t.position)
                }
                if t.text == "__name__", let name, type == .equal {
                    throw error("metric name must not be set twice: \"\(name)\" or \"\(value.value)\"", at: start)
                }
                matchers.append(PromQLLabelMatcher(name: t.text, type: type, value: value.value))
                let sep = try advance()
                if sep.kind == .rightBrace { break }
                guard sep.kind == .comma else {
                    throw unexpected(sep, " in label matching, expected \",\" or \"}\"")
                }
            }
        }
        if !matchers.contains(where: { !matchesEmpty($0) }) {
            throw error("vector selector must contain at least one non-empty matcher", at: start)
        }
        return Node(expr: .vectorSelector(PromQLVectorSelector(name: name, matchers: matchers)), start: start)
    }

    func matchesEmpty(_ m: PromQLLabelMatcher) -> Bool {
        if let judge = options.regexMatchesEmpty {
            switch m.type {
            case .regexMatch: return judge(m.value)
            case .regexNoMatch: return !judge(m.value)
            default: break
            }
        }
        return m.matchesEmptyWithoutRegexEngine
    }
}
