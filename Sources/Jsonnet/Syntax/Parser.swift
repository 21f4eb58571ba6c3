/// A recursive-descent parser from tokens to the syntax tree, with go-jsonnet's precedence and
/// error wording. Entry point: `Parser.parse(file)`.
struct Parser {
    private let file: SourceFile
    private let tokens: [Token]
    private var i = 0
    private let stack: StackGuard
    private let stackStart: UInt

    static let maxPrecedence = 15

    static func parse(_ file: SourceFile, stack: StackGuard = .here()) throws(StaticError) -> Expr {
        var p = Parser(file: file, tokens: try Lexer.tokenize(file), stack: stack)
        let e = try p.parse(maxPrecedence)
        if p.peek.kind != .eof {
            throw p.error("Did not expect: \(p.describe(p.peek))", p.peek)
        }
        return e
    }

    private init(file: SourceFile, tokens: [Token], stack: StackGuard) {
        self.file = file
        self.tokens = tokens
        self.stack = stack
        self.stackStart = stack.used
    }

    /// A clean error instead of a native stack overflow on absurdly deep nesting.
    private func checkDepth() throws(StaticError) {
        if stack.syntaxTooDeep(since: stackStart) {
            throw error("Expression nested too deeply", peek)
        }
    }

    // MARK: token helpers

    private var peek: Token { tokens[i] }
    private func peekAt(_ n: Int) -> Token { tokens[min(i + n, tokens.count - 1)] }

    private mutating func pop() -> Token {
        let t = tokens[i]
        if i < tokens.count - 1 { i += 1 }
        return t
    }

    private func range(_ t: Token) -> SourceRange { SourceRange(file: file, start: t.start, end: t.end) }
    private func range(from start: Int, to end: Int) -> SourceRange { SourceRange(file: file, start: start, end: end) }
    private var lastEnd: Int { i > 0 ? tokens[i - 1].end : 0 }

    private func error(_ message: String, _ t: Token) -> StaticError {
        StaticError(message, at: range(t))
    }

    func describe(_ t: Token) -> String {
        switch t.kind {
        case .eof: return "end of file"
        case .identifier, .number, .op, .stringDouble, .stringSingle, .stringBlock, .verbatimDouble, .verbatimSingle:
            if t.text.isEmpty { return t.kind.displayName }
            return "(\(t.kind.displayName), \"\(t.text)\")"
        default:
            return "\"\(t.text)\""
        }
    }

    private mutating func expect(_ kind: TokenKind, _ context: String = "") throws(StaticError) -> Token {
        let t = peek
        guard t.kind == kind else {
            throw error("Expected token \(kind.displayName) but got \(describe(t))\(context)", t)
        }
        return pop()
    }

    private func isOp(_ text: String) -> Bool { peek.kind == .op && peek.text == text }

    private func unexpectedTerminal(_ t: Token, _ what: String = "terminal") -> StaticError {
        if t.kind == .eof && what == "terminal" { return error("Unexpected end of file", t) }
        return error("Unexpected: \(describe(t)) while parsing \(what)", t)
    }

    // MARK: expressions

    private mutating func parse(_ prec: Int) throws(StaticError) -> Expr {
        try checkDepth()
        let t = peek
        switch t.kind {
        case .kwAssert:
            _ = pop()
            let cond = try parse(Parser.maxPrecedence)
            var msg: Expr?
            if isOp(":") {
                _ = pop()
                msg = try parse(Parser.maxPrecedence)
            }
            _ = try expect(.semicolon)
            let rest = try parse(Parser.maxPrecedence)
            return Expr(.assert(cond: cond, message: msg, rest: rest), range(from: t.start, to: rest.range.endInt))
        case .kwError:
            _ = pop()
            let e = try parse(Parser.maxPrecedence)
            return Expr(.error(e), range(from: t.start, to: e.range.endInt))
        case .kwIf:
            _ = pop()
            let cond = try parse(Parser.maxPrecedence)
            _ = try expect(.kwThen)
            let thenE = try parse(Parser.maxPrecedence)
            var elseE: Expr?
            if peek.kind == .kwElse {
                _ = pop()
                elseE = try parse(Parser.maxPrecedence)
            }
            return Expr(.conditional(cond: cond, then: thenE, else: elseE),
                        range(from: t.start, to: (elseE ?? thenE).range.endInt))
        case .kwFunction:
            _ = pop()
            guard peek.kind == .parenL else {
                throw error("Expected ( but got \(describe(peek))", peek)
            }
            _ = pop()
            let params = try parseParams()
            let body = try parse(Parser.maxPrecedence)
            return Expr(.function(params: params, body: body), range(from: t.start, to: body.range.endInt))
        case .kwImport, .kwImportStr, .kwImportBin:
            _ = pop()
            let pathToken = peek
            let e = try parse(Parser.maxPrecedence)
            if pathToken.kind == .stringBlock, case .string = e.kind {
                throw StaticError("Block string literals not allowed in imports", at: e.range)
            }
            guard case .string(let path) = e.kind, isLiteralString(e) else {
                throw StaticError("Computed imports are not allowed", at: e.range)
            }
            let r = range(from: t.start, to: e.range.endInt)
            switch t.kind {
            case .kwImport: return Expr(.importCode(path), r)
            case .kwImportStr: return Expr(.importString(path), r)
            default: return Expr(.importBinary(path), r)
            }
        case .kwLocal:
            _ = pop()
            var binds: [Bind] = []
            var names = Set<String>()
            while true {
                binds.append(try parseBind(&names))
                if peek.kind == .comma { _ = pop(); continue }
                if peek.kind == .semicolon { _ = pop(); break }
                throw error("Expected , or ; but got \(describe(peek))", peek)
            }
            let body = try parse(Parser.maxPrecedence)
            return Expr(.local(binds: binds, body: body), range(from: t.start, to: body.range.endInt))
        default:
            break
        }
        // Precedence climbing: one loop per level of nesting rather than a recursive call per
        // precedence level, which keeps the native stack small on deeply nested input.
        var lhs = try parseUnary()
        while true {
            let opTok = peek
            var op: BinaryOp?
            if opTok.kind == .op {
                guard let o = BinaryOp(rawValue: opTok.text), o != .in else {
                    if opTok.text == ":" || opTok.text == "::" { return lhs }
                    throw error("Not a binary operator: \(opTok.text)", opTok)
                }
                op = o
            } else if opTok.kind == .kwIn {
                op = .in
            }
            guard let bop = op, bop.precedence <= prec else { return lhs }
            _ = pop()
            if bop == .in && peek.kind == .kwSuper {
                let s = pop()
                lhs = Expr(.inSuper(lhs), range(from: lhs.range.startInt, to: s.end))
                continue
            }
            let rhs = try parse(bop.precedence - 1)
            lhs = Expr(.binary(bop, lhs, rhs), range(from: lhs.range.startInt, to: rhs.range.endInt))
        }
    }

    /// A string escaped as in a JSON literal, without the quotes (how go-jsonnet names fields in
    /// static errors).
    static func jsonEscaped(_ s: String) -> String {
        var out: [UInt8] = []
        JSONWriter.appendQuoted(s, to: &out)
        return String(decoding: out.dropFirst().dropLast(), as: UTF8.self)
    }

    /// The value of a string token, decoding escapes (errors are reported here, as go-jsonnet does).
    private func stringValue(_ t: Token) throws(StaticError) -> String {
        guard t.hasEscapes else { return t.text }
        return try StringEscapes.unescape(Array(t.text.utf8)[...], range: range(t))
    }

    private func isLiteralString(_ e: Expr) -> Bool {
        // Only a string token (not a parenthesised or computed string) names an import.
        if case .string = e.kind { return true }
        return false
    }

    private mutating func parseUnary() throws(StaticError) -> Expr {
        let t = peek
        if t.kind == .op {
            guard let op = UnaryOp(rawValue: t.text) else {
                throw error("Not a unary operator: \(t.text)", t)
            }
            _ = pop()
            let e = try parse(0)
            return Expr(.unary(op, e), range(from: t.start, to: e.range.endInt))
        }
        return try parsePostfix(try parsePrimary())
    }

    private mutating func parsePostfix(_ primary: Expr) throws(StaticError) -> Expr {
        var e = primary
        let start = e.range.startInt
        while true {
            switch peek.kind {
            case .dot:
                _ = pop()
                let id = try expect(.identifier)
                let key = Expr(.string(id.text), range(id))
                e = Expr(.index(target: e, index: key, dot: true), range(from: start, to: id.end))
            case .bracketL:
                _ = pop()
                e = try parseIndexOrSlice(e, start: start)
            case .parenL:
                _ = pop()
                let args = try parseArgs()
                let end = lastEnd
                var tail = false
                if peek.kind == .kwTailStrict { _ = pop(); tail = true }
                e = Expr(.apply(target: e, args: args, tailStrict: tail), range(from: start, to: end))
            case .braceL:
                let obj = try parseObject()
                e = Expr(.applyBrace(target: e, object: obj), range(from: start, to: obj.range.endInt))
            default:
                return e
            }
        }
    }

    private mutating func parseIndexOrSlice(_ target: Expr, start: Int) throws(StaticError) -> Expr {
        var parts: [Expr?] = [nil]
        var colons = 0
        func atPartEnd(_ p: Parser) -> Bool {
            p.peek.kind == .bracketR || (p.peek.kind == .op && (p.peek.text == ":" || p.peek.text == "::"))
        }
        if peek.kind == .bracketR { throw error("ast.Index requires an expression", peek) }
        if !atPartEnd(self) { parts[0] = try parse(Parser.maxPrecedence) }
        while true {
            if peek.kind == .bracketR { _ = pop(); break }
            if peek.kind == .op && (peek.text == ":" || peek.text == "::") {
                let n = peek.text.count
                let colonTok = pop()
                colons += n
                if colons > 2 { throw error("Invalid slice: too many colons", colonTok) }
                for _ in 0..<n { parts.append(nil) }
                if !atPartEnd(self) { parts[parts.count - 1] = try parse(Parser.maxPrecedence) }
                continue
            }
            if colons == 0 { throw error("Expected token \"]\" but got \(describe(peek))", peek) }
            throw error("Expected token \"]\" but got \(describe(peek))", peek)
        }
        let r = range(from: start, to: lastEnd)
        if colons == 0 {
            guard let idx = parts[0] else { throw unexpectedTerminal(tokens[i - 1]) }
            return Expr(.index(target: target, index: idx, dot: false), r)
        }
        return Expr(.slice(target: target, begin: parts[0], end: parts.count > 1 ? parts[1] : nil,
                           step: parts.count > 2 ? parts[2] : nil), r)
    }

    private mutating func parseArgs() throws(StaticError) -> [Arg] {
        var args: [Arg] = []
        var sawNamed = false
        while peek.kind != .parenR {
            if peek.kind == .identifier && peekAt(1).kind == .op && peekAt(1).text == "=" {
                let name = pop().text
                _ = pop()
                let v = try parse(Parser.maxPrecedence)
                args.append(Arg(name: name, value: v))
                sawNamed = true
            } else {
                let first = peek
                let v = try parse(Parser.maxPrecedence)
                if sawNamed {
                    throw error("Positional argument after a named argument is not allowed", first)
                }
                args.append(Arg(name: nil, value: v))
            }
            if peek.kind == .comma { _ = pop(); continue }
            if peek.kind == .parenR { break }
            throw error("Expected a comma before next function argument, got \(describe(peek))", peek)
        }
        _ = pop()
        return args
    }

    /// Parses parameters after `(` up to and including `)`.
    /// `kind` names the parameters in messages: "function" or (in an object) "method".
    private mutating func parseParams(kind: String = "function") throws(StaticError) -> [Param] {
        var params: [Param] = []
        while peek.kind != .parenR {
            let id = try expect(.identifier, " while parsing parameter")
            var def: Expr?
            if isOp("=") {
                _ = pop()
                def = try parse(Parser.maxPrecedence)
            }
            params.append(Param(name: id.text, range: range(id), defaultValue: def))
            if peek.kind == .comma { _ = pop(); continue }
            if peek.kind == .parenR { break }
            throw error("Expected a comma before next \(kind) parameter, got \(describe(peek))", peek)
        }
        _ = pop()
        return params
    }

    /// A binding; `names` holds the names bound so far in the same `local` (or object), and a
    /// repeated one is an error as soon as it is read.
    private mutating func parseBind(_ names: inout Set<String>) throws(StaticError) -> Bind {
        let id = try expect(.identifier)
        if !names.insert(id.text).inserted {
            throw StaticError("Duplicate local var: \(id.text)", at: range(id))
        }
        var params: [Param]?
        if peek.kind == .parenL {
            _ = pop()
            params = try parseParams()
        }
        guard isOp("=") else { throw error("Expected operator = but got \(describe(peek))", peek) }
        _ = pop()
        let body = try parse(Parser.maxPrecedence)
        return Bind(name: id.text, range: range(id), params: params, body: body)
    }

    private mutating func parsePrimary() throws(StaticError) -> Expr {
        let t = peek
        switch t.kind {
        case .kwNull: _ = pop(); return Expr(.null, range(t))
        case .kwTrue: _ = pop(); return Expr(.true, range(t))
        case .kwFalse: _ = pop(); return Expr(.false, range(t))
        case .kwSelf: _ = pop(); return Expr(.self, range(t))
        case .dollar: _ = pop(); return Expr(.dollar, range(t))
        case .number:
            _ = pop()
            return Expr(.number(Double(t.text) ?? .infinity), range(t))
        case .stringDouble, .stringSingle, .stringBlock, .verbatimDouble, .verbatimSingle:
            _ = pop()
            return Expr(.string(try stringValue(t)), range(t))
        case .identifier:
            _ = pop()
            return Expr(.variable(t.text), range(t))
        case .braceL:
            return try parseObject()
        case .bracketL:
            return try parseArray()
        case .parenL:
            _ = pop()
            let inner = try parse(Parser.maxPrecedence)
            let close = try expect(.parenR)
            return Expr(.parens(inner), range(from: t.start, to: close.end))
        case .kwSuper:
            _ = pop()
            if peek.kind == .dot {
                _ = pop()
                let id = try expect(.identifier)
                // go-jsonnet locates `super.f` at the `super` keyword.
                return Expr(.superIndex(Expr(.string(id.text), range(id))), range(t))
            }
            if peek.kind == .bracketL {
                _ = pop()
                let idx = try parse(Parser.maxPrecedence)
                _ = try expect(.bracketR)
                return Expr(.superIndex(idx), range(t))
            }
            throw error("Expected . or [ after super", t)
        default:
            throw unexpectedTerminal(t)
        }
    }

    private mutating func parseArray() throws(StaticError) -> Expr {
        let open = pop()
        var elems: [Expr] = []
        while peek.kind != .bracketR {
            let e = try parse(Parser.maxPrecedence)
            if peek.kind == .kwFor {
                guard elems.isEmpty else {
                    throw error("Expected a comma before next array element", peek)
                }
                let specs = try parseCompSpecs(end: .bracketR)
                let close = pop()
                return Expr(.arrayComp(body: e, specs: specs), range(from: open.start, to: close.end))
            }
            elems.append(e)
            if peek.kind == .comma {
                _ = pop()
                if peek.kind == .kwFor && elems.count == 1 {
                    let specs = try parseCompSpecs(end: .bracketR)
                    let close = pop()
                    return Expr(.arrayComp(body: e, specs: specs), range(from: open.start, to: close.end))
                }
                continue
            }
            if peek.kind == .bracketR { break }
            throw error("Expected a comma before next array element", peek)
        }
        let close = pop()
        return Expr(.array(elems), range(from: open.start, to: close.end))
    }

    /// Parses `for x in e` / `if e` clauses up to (not including) the closing token.
    private mutating func parseCompSpecs(end: TokenKind) throws(StaticError) -> [CompSpec] {
        var specs: [CompSpec] = []
        while true {
            if peek.kind == .kwFor {
                _ = pop()
                let id = try expect(.identifier)
                _ = try expect(.kwIn)
                let src = try parse(Parser.maxPrecedence)
                specs.append(.forIn(name: id.text, range: range(id), source: src))
            } else if peek.kind == .kwIf {
                _ = pop()
                specs.append(.ifCond(try parse(Parser.maxPrecedence)))
            } else if peek.kind == end {
                return specs
            } else {
                throw error("Expected for, if or \(end.displayName) after for clause, got: \(describe(peek))", peek)
            }
        }
    }

    private mutating func parseObject() throws(StaticError) -> Expr {
        let open = pop()
        var members: [ObjectMember] = []
        var seenNames = Set<ByteString>()
        var localNames = Set<String>()
        var fieldCount = 0
        var firstFieldNonComputed: FieldDef?
        while true {
            if peek.kind == .braceR {
                let close = pop()
                return Expr(.object(members), range(from: open.start, to: close.end))
            }
            if peek.kind == .kwFor {
                // Object comprehension.
                if fieldCount != 1 {
                    throw error("Object comprehension can only have one field", peek)
                }
                for m in members {
                    if case .field(let f) = m, f.visibility != .inherit {
                        throw error("Object comprehensions cannot have hidden fields", peek)
                    }
                }
                if firstFieldNonComputed != nil {
                    throw error("Object comprehensions can only have [e] fields", peek)
                }
                for m in members {
                    if case .assert = m {
                        throw error("Object comprehension cannot have asserts", peek)
                    }
                }
                let specs = try parseCompSpecs(end: .braceR)
                let close = pop()
                return Expr(.objectComp(members: members, specs: specs), range(from: open.start, to: close.end))
            }
            let m = try parseMember(&seenNames, &localNames)
            if case .field(let f) = m {
                fieldCount += 1
                if fieldCount > 1, peek.kind == .kwFor {
                    throw error("Object comprehension can only have one field", peek)
                }
                if case .computed = f.name {} else if fieldCount == 1 { firstFieldNonComputed = f }
            }
            members.append(m)
            if peek.kind == .comma { _ = pop(); continue }
            if peek.kind == .braceR || peek.kind == .kwFor { continue }
            throw error("Expected a comma before next field", peek)
        }
    }

    private mutating func parseMember(_ seenNames: inout Set<ByteString>, _ localNames: inout Set<String>) throws(StaticError) -> ObjectMember {
        let t = peek
        switch t.kind {
        case .kwLocal:
            _ = pop()
            return .local(try parseBind(&localNames))
        case .kwAssert:
            _ = pop()
            let cond = try parse(Parser.maxPrecedence)
            var msg: Expr?
            if isOp(":") {
                _ = pop()
                msg = try parse(Parser.maxPrecedence)
            }
            return .assert(cond: cond, message: msg, range: range(from: t.start, to: lastEnd))
        default:
            break
        }
        let name: FieldName
        switch t.kind {
        case .identifier:
            _ = pop()
            name = .identifier(t.text)
        case .stringDouble, .stringSingle, .stringBlock, .verbatimDouble, .verbatimSingle:
            _ = pop()
            name = .string(try stringValue(t))
        case .bracketL:
            _ = pop()
            let e = try parse(Parser.maxPrecedence)
            _ = try expect(.bracketR)
            name = .computed(e)
        default:
            if t.kind == .eof { throw error("Unexpected: end of file while parsing field definition", t) }
            throw error("Unexpected: \(describe(t)) while parsing field definition", t)
        }
        let nameRange = range(from: t.start, to: lastEnd)
        // Duplicates are found as soon as the second name is read (go-jsonnet's order).
        switch name {
        case .identifier(let s), .string(let s):
            if !seenNames.insert(ByteString(string: s)).inserted {
                throw StaticError("Duplicate field: \(Parser.jsonEscaped(s))", at: nameRange)
            }
        case .computed: break
        }
        var params: [Param]?
        if peek.kind == .parenL {
            _ = pop()
            params = try parseParams(kind: "method")
        }
        let opTok = try expect(.op)
        let vis: Visibility
        var plus = false
        switch opTok.text {
        case ":": vis = .inherit
        case "::": vis = .hidden
        case ":::": vis = .visible
        case "+:": vis = .inherit; plus = true
        case "+::": vis = .hidden; plus = true
        case "+:::": vis = .visible; plus = true
        default:
            throw error("Expected one of :, ::, :::, +:, +::, +:::, got: \(opTok.text)", opTok)
        }
        if plus, params != nil {
            let shown: String
            switch name {
            case .identifier(let s), .string(let s): shown = s
            case .computed: shown = "<computed>"
            }
            throw StaticError("Cannot use +: syntax sugar in a method: \(shown)", at: nameRange)
        }
        let body = try parse(Parser.maxPrecedence)
        return .field(FieldDef(name: name, nameRange: nameRange, plusSuper: plus, visibility: vis,
                               params: params, body: body, range: range(from: t.start, to: body.range.endInt)))
    }
}

extension SourceRange {
    var startInt: Int { Int(start) }
    var endInt: Int { Int(end) }
}
