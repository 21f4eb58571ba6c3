/// A parse error, worded as Go's `text/template/parse` words it
/// (`template: NAME:LINE: message`).
struct TemplateParseError: Error, Sendable {
    let message: String
}

/// The templates one text defines: the main one under its name, plus `define`/`block` ones.
final class TemplateSet: @unchecked Sendable {
    var trees: [String: ListNode] = [:]
}

/// Go's template parser (Go 1.19 `text/template/parse`): one instance per tree being parsed
/// (the main text, each `define` and `block` body), all reading one lexer.
final class TemplateParser {
    final class LexerBox {
        var lexer: TemplateLexer
        init(_ l: TemplateLexer) { lexer = l }
    }

    private let lex: LexerBox
    private let parseName: String
    private let functions: Set<String>
    private let set: TemplateSet
    private var name: String
    private var vars: [String] = ["$"]
    private var rangeDepth = 0
    private var actionLine = 0
    private var token: [TemplateItem] = Array(repeating: TemplateItem(type: .eof, pos: 0, val: "", line: 0), count: 3)
    private var peekCount = 0
    /// Room left on the stack for nested pipelines and control structures.
    private let stack: TemplateStackGuard
    /// Whether this parse already runs on the large stack (then running out is an error).
    private let deep: Bool

    private init(lex: LexerBox, parseName: String, name: String, functions: Set<String>, set: TemplateSet,
                 stack: TemplateStackGuard, deep: Bool) {
        self.lex = lex
        self.parseName = parseName
        self.name = name
        self.functions = functions
        self.set = set
        self.stack = stack
        self.deep = deep
    }

    /// Parses `text` as the template `name`, with `functions` the defined function names.
    /// Throws ``TemplateNeedsDeepStack`` when the nesting is too deep for this thread (unless
    /// `deep`, when that is a parse error instead).
    static func parse(_ text: String, name: String, functions: Set<String>, deep: Bool = false) throws -> TemplateSet {
        let set = TemplateSet()
        let p = TemplateParser(lex: LexerBox(TemplateLexer(text)), parseName: name, name: name,
                               functions: functions, set: set, stack: TemplateStackGuard(), deep: deep)
        let root = try p.parseTop()
        try p.add(root)
        return set
    }

    // MARK: - Tokens

    private func next() -> TemplateItem {
        if peekCount > 0 {
            peekCount -= 1
        } else {
            token[0] = lex.lexer.next()
        }
        return token[peekCount]
    }

    private func backup() { peekCount += 1 }

    private func backup2(_ t1: TemplateItem) {
        token[1] = t1
        peekCount = 2
    }

    private func backup3(_ t2: TemplateItem, _ t1: TemplateItem) {
        token[1] = t1
        token[2] = t2
        peekCount = 3
    }

    private func peek() -> TemplateItem {
        if peekCount > 0 { return token[peekCount - 1] }
        peekCount = 1
        token[0] = lex.lexer.next()
        return token[0]
    }

    private func nextNonSpace() -> TemplateItem {
        var t: TemplateItem
        repeat { t = next() } while t.type == .space
        return t
    }

    private func peekNonSpace() -> TemplateItem {
        let t = nextNonSpace()
        backup()
        return t
    }

    // MARK: - Errors

    private func error(_ message: String) -> TemplateParseError {
        TemplateParseError(message: "template: \(parseName):\(token[0].line): \(message)")
    }

    private func unexpected(_ t: TemplateItem, _ context: String) -> TemplateParseError {
        if t.type == .error {
            var extra = ""
            if actionLine != 0 && actionLine != t.line {
                extra = " in action started at \(parseName):\(actionLine)"
                if t.val.hasSuffix(" action") { extra = String(extra.dropFirst(" in action".count)) }
            }
            return error(t.display + extra)
        }
        return error("unexpected \(t.display) in \(context)")
    }

    private func expect(_ type: TemplateItemType, _ context: String) throws -> TemplateItem {
        let t = nextNonSpace()
        if t.type != type { throw unexpected(t, context) }
        return t
    }

    private func enter() throws {
        if !stack.hasRoom {
            if deep { throw error("template nests too deeply") }
            throw TemplateNeedsDeepStack()
        }
    }

    private func sub(_ name: String) -> TemplateParser {
        TemplateParser(lex: lex, parseName: parseName, name: name, functions: functions, set: set, stack: stack, deep: deep)
    }

    // MARK: - Trees

    /// Whether a tree holds only white space (a `define` of it never replaces another).
    static func isEmpty(_ n: TemplateNode) -> Bool {
        if let l = n as? ListNode { return l.nodes.allSatisfy { isEmpty($0) } }
        if let t = n as? TextNode {
            return t.text.unicodeScalars.allSatisfy { GoUnicode.isSpace($0) }
        }
        return false
    }

    private func add(_ root: ListNode) throws {
        if let existing = set.trees[name], !TemplateParser.isEmpty(existing) {
            if !TemplateParser.isEmpty(root) {
                throw error("template: multiple definition of template \(GoStrconv.quote(name))")
            }
            return
        }
        set.trees[name] = root
    }

    private func parseTop() throws -> ListNode {
        let root = ListNode(pos: peek().pos)
        while peek().type != .eof {
            if peek().type == .leftDelim {
                let delim = next()
                if nextNonSpace().type == .define {
                    try sub("definition").parseDefinition()
                    continue
                }
                backup2(delim)
            }
            let n = try textOrAction()
            if n is EndNode || n is ElseNode { throw error("unexpected \(n)") }
            root.nodes.append(n)
        }
        return root
    }

    private func parseDefinition() throws {
        let context = "define clause"
        let t = nextNonSpace()
        guard t.type == .string || t.type == .rawString else { throw unexpected(t, context) }
        guard let n = GoStrconv.unquote(t.val) else { throw error("invalid syntax") }
        name = n
        _ = try expect(.rightDelim, context)
        let (root, end) = try itemList()
        if !(end is EndNode) { throw error("unexpected \(end) in \(context)") }
        try add(root)
    }

    private func itemList() throws -> (ListNode, TemplateNode) {
        let list = ListNode(pos: peekNonSpace().pos)
        while peekNonSpace().type != .eof {
            let n = try textOrAction()
            if n is EndNode || n is ElseNode { return (list, n) }
            list.nodes.append(n)
        }
        throw error("unexpected EOF")
    }

    private func textOrAction() throws -> TemplateNode {
        let t = nextNonSpace()
        switch t.type {
        case .text:
            return TextNode(pos: t.pos, text: t.val)
        case .leftDelim:
            // The line an action starts on, for lexer errors inside it (cleared after it, as
            // Go clears it, even for actions nested in control structures).
            actionLine = t.line
            defer { actionLine = 0 }
            return try action()
        default:
            throw unexpected(t, "input")
        }
    }

    private func action() throws -> TemplateNode {
        let t = nextNonSpace()
        switch t.type {
        case .block: return try blockControl()
        case .breakKeyword: return try breakControl(t, context: "{{break}}")
        case .continueKeyword: return try breakControl(t, context: "{{continue}}")
        case .elseKeyword: return try elseControl()
        case .end: return EndNode(pos: try expect(.rightDelim, "end").pos)
        case .ifKeyword: return try branch(.ifNode)
        case .range: return try branch(.range)
        case .template: return try templateControl()
        case .with: return try branch(.with)
        default: break
        }
        backup()
        let first = peek()
        return ActionNode(pos: first.pos, pipe: try pipeline("command", end: .rightDelim))
    }

    private func breakControl(_ keyword: TemplateItem, context: String) throws -> TemplateNode {
        let t = nextNonSpace()
        if t.type != .rightDelim { throw unexpected(t, context) }
        if rangeDepth == 0 {
            throw error(context == "{{break}}" ? "{{break}} outside {{range}}" : "{{continue}} outside {{range}}")
        }
        return context == "{{break}}" ? BreakNode(pos: keyword.pos) : ContinueNode(pos: keyword.pos)
    }

    private func elseControl() throws -> TemplateNode {
        let p = peekNonSpace()
        if p.type == .ifKeyword {
            return ElseNode(pos: p.pos)
        }
        let t = try expect(.rightDelim, "else")
        return ElseNode(pos: t.pos)
    }

    private func branch(_ kind: BranchNode.Kind) throws -> TemplateNode {
        try enter()
        let context = kind.rawValue
        let savedVars = vars.count
        defer { vars.removeSubrange(savedVars...) }
        let pipe = try pipeline(context, end: .rightDelim)
        if kind == .range { rangeDepth += 1 }
        let (list, firstEnd) = try itemList()
        var next = firstEnd
        if kind == .range { rangeDepth -= 1 }
        var elseList: ListNode? = nil
        if next is ElseNode {
            if kind == .ifNode && peek().type == .ifKeyword {
                _ = self.next()
                let l = ListNode(pos: next.pos)
                l.nodes.append(try branch(.ifNode))
                elseList = l
            } else {
                (elseList, next) = try itemList()
                if !(next is EndNode) { throw error("expected end; found \(next)") }
            }
        }
        return BranchNode(kind: kind, pos: pipe.pos, pipe: pipe, list: list, elseList: elseList)
    }

    private func templateName(_ t: TemplateItem, _ context: String) throws -> String {
        guard t.type == .string || t.type == .rawString else { throw unexpected(t, context) }
        guard let n = GoStrconv.unquote(t.val) else { throw error("invalid syntax") }
        return n
    }

    private func templateControl() throws -> TemplateNode {
        let context = "template clause"
        let t = nextNonSpace()
        let name = try templateName(t, context)
        var pipe: PipeNode? = nil
        if nextNonSpace().type != .rightDelim {
            backup()
            pipe = try pipeline(context, end: .rightDelim)
        }
        return TemplateCallNode(pos: t.pos, name: name, pipe: pipe)
    }

    private func blockControl() throws -> TemplateNode {
        try enter()
        let context = "block clause"
        let t = nextNonSpace()
        let name = try templateName(t, context)
        let pipe = try pipeline(context, end: .rightDelim)
        let body = sub(name)
        let (root, end) = try body.itemList()
        if !(end is EndNode) { throw error("unexpected \(end) in \(context)") }
        try body.add(root)
        return TemplateCallNode(pos: t.pos, name: name, pipe: pipe)
    }

    // MARK: - Pipelines

    private func pipeline(_ context: String, end: TemplateItemType) throws -> PipeNode {
        let first = peekNonSpace()
        let pipe = PipeNode(pos: first.pos)
        decls: while true {
            let v = peekNonSpace()
            guard v.type == .variable else { break }
            _ = next()
            let after = peek()
            let nextTok = peekNonSpace()
            if nextTok.type == .assign || nextTok.type == .declare {
                pipe.isAssign = nextTok.type == .assign
                _ = nextNonSpace()
                pipe.decl.append(VariableNode(pos: v.pos, ident: v.val.split(separator: ".", omittingEmptySubsequences: false).map(String.init)))
                vars.append(v.val)
            } else if nextTok.type == .char && nextTok.val == "," {
                _ = nextNonSpace()
                pipe.decl.append(VariableNode(pos: v.pos, ident: [v.val]))
                vars.append(v.val)
                if context == "range" && pipe.decl.count < 2 {
                    switch peekNonSpace().type {
                    case .variable, .rightDelim, .rightParen:
                        continue decls
                    default:
                        throw error("range can only initialize variables")
                    }
                }
                throw error("too many declarations in \(context)")
            } else if after.type == .space {
                backup3(v, after)
            } else {
                backup2(v)
            }
            break
        }
        while true {
            let t = nextNonSpace()
            switch t.type {
            case end:
                if pipe.cmds.isEmpty { throw error("missing value for \(context)") }
                for (i, c) in pipe.cmds.enumerated().dropFirst() {
                    let a = c.args[0]
                    if a is BoolNode || a is DotNode || a is NilNode || a is NumberNode || a is StringNode {
                        throw error("non executable command in pipeline stage \(i + 1)")
                    }
                }
                return pipe
            case .bool, .charConstant, .complex, .dot, .field, .identifier, .number, .nilKeyword,
                 .rawString, .string, .variable, .leftParen:
                backup()
                pipe.cmds.append(try command())
            default:
                throw unexpected(t, context)
            }
        }
    }

    private func command() throws -> CommandNode {
        let cmd = CommandNode(pos: peekNonSpace().pos)
        while true {
            _ = peekNonSpace()
            if let operand = try operand() { cmd.args.append(operand) }
            let t = next()
            switch t.type {
            case .space:
                continue
            case .rightDelim, .rightParen:
                backup()
            case .pipe:
                break
            default:
                throw unexpected(t, "operand")
            }
            break
        }
        if cmd.args.isEmpty { throw error("empty command") }
        return cmd
    }

    private func operand() throws -> TemplateNode? {
        guard let node = try term() else { return nil }
        if peek().type == .field {
            let chain = ChainNode(pos: peek().pos, node: node)
            while peek().type == .field {
                chain.fields.append(String(next().val.dropFirst()))
            }
            switch node {
            case let f as FieldNode:
                return FieldNode(pos: chain.pos, ident: f.ident + chain.fields)
            case let v as VariableNode:
                return VariableNode(pos: chain.pos, ident: v.ident + chain.fields)
            case is BoolNode, is StringNode, is NumberNode, is NilNode, is DotNode:
                throw error("unexpected . after term \(GoStrconv.quote(node.description))")
            default:
                return chain
            }
        }
        return node
    }

    private func term() throws -> TemplateNode? {
        let t = nextNonSpace()
        switch t.type {
        case .identifier:
            if !functions.contains(t.val) { throw error("function \(GoStrconv.quote(t.val)) not defined") }
            return IdentifierNode(pos: t.pos, ident: t.val)
        case .dot:
            return DotNode(pos: t.pos)
        case .nilKeyword:
            return NilNode(pos: t.pos)
        case .variable:
            if !vars.contains(t.val) { throw error("undefined variable \(GoStrconv.quote(t.val))") }
            return VariableNode(pos: t.pos, ident: [t.val])
        case .field:
            return FieldNode(pos: t.pos, ident: [String(t.val.dropFirst())])
        case .bool:
            return BoolNode(pos: t.pos, value: t.val == "true")
        case .charConstant, .complex, .number:
            return try number(t)
        case .leftParen:
            try enter()
            return try pipeline("parenthesized pipeline", end: .rightParen)
        case .string, .rawString:
            guard let s = GoStrconv.unquote(t.val) else { throw error("invalid syntax") }
            return StringNode(pos: t.pos, quoted: t.val, text: s)
        default:
            backup()
            return nil
        }
    }

    // MARK: - Numbers

    private func number(_ t: TemplateItem) throws -> NumberNode {
        let n = NumberNode(pos: t.pos, text: t.val)
        let text = t.val
        switch t.type {
        case .charConstant:
            switch GoStrconv.unquoteCharConstant(text) {
            case .rune(let r):
                n.isInt = true; n.int64 = Int64(r)
                n.isUint = true; n.uint64 = UInt64(r)
                n.isFloat = true; n.float64 = Double(r)
                return n
            case .malformed:
                throw error("malformed character constant: \(text)")
            case .invalid:
                throw error("invalid syntax")
            }
        case .complex:
            // `1+2i`: a real part and an imaginary part, both Go floats.
            let body = Array(text.utf8)
            var split = -1
            for k in stride(from: body.count - 2, to: 0, by: -1)
            where (body[k] == UInt8(ascii: "+") || body[k] == UInt8(ascii: "-"))
                && !(body[k - 1] == UInt8(ascii: "e") || body[k - 1] == UInt8(ascii: "E")
                     || body[k - 1] == UInt8(ascii: "p") || body[k - 1] == UInt8(ascii: "P")) {
                split = k
                break
            }
            guard split > 0,
                  case .success(let re) = GoStrconv.parseFloat(String(decoding: body[0..<split], as: UTF8.self)),
                  case .success(let im) = GoStrconv.parseFloat(String(decoding: body[split..<(body.count - 1)], as: UTF8.self))
            else {
                throw error("syntax error scanning complex number")
            }
            n.isComplex = true
            n.complex = (re, im)
            simplifyComplex(n)
            return n
        default:
            break
        }
        if text.hasSuffix("i") {
            if case .success(let f) = GoStrconv.parseFloat(String(text.dropLast())) {
                n.isComplex = true
                n.complex = (0, f)
                simplifyComplex(n)
                return n
            }
        }
        let u = GoStrconv.parseUint(text)
        if let u {
            n.isUint = true
            n.uint64 = u
        }
        if let i = GoStrconv.parseInt(text) {
            n.isInt = true
            n.int64 = i
            if i == 0 {
                n.isUint = true
                n.uint64 = u ?? 0
            }
        }
        if n.isInt {
            n.isFloat = true
            n.float64 = Double(n.int64)
        } else if n.isUint {
            n.isFloat = true
            n.float64 = Double(n.uint64)
        } else if case .success(let f) = GoStrconv.parseFloat(text) {
            if !text.contains(where: { ".eEpP".contains($0) }) {
                throw error("integer overflow: \(GoStrconv.quote(text))")
            }
            n.isFloat = true
            n.float64 = f
            if f == f.rounded(.towardZero) && f >= -9_223_372_036_854_775_808.0 && f < 9_223_372_036_854_775_808.0 {
                n.isInt = true
                n.int64 = Int64(f)
            }
            if f == f.rounded(.towardZero) && f >= 0 && f < 18_446_744_073_709_551_616.0 {
                n.isUint = true
                n.uint64 = UInt64(f)
            }
        }
        if !n.isInt && !n.isUint && !n.isFloat {
            throw error("illegal number syntax: \(GoStrconv.quote(text))")
        }
        return n
    }

    /// A complex constant with a zero imaginary part is also a float (and maybe an integer).
    private func simplifyComplex(_ n: NumberNode) {
        if n.complex.1 == 0 {
            let f = n.complex.0
            n.isFloat = true
            n.float64 = f
            if f == f.rounded(.towardZero) && f >= -9_223_372_036_854_775_808.0 && f < 9_223_372_036_854_775_808.0 {
                n.isInt = true
                n.int64 = Int64(f)
            }
            if f == f.rounded(.towardZero) && f >= 0 && f < 18_446_744_073_709_551_616.0 {
                n.isUint = true
                n.uint64 = UInt64(f)
            }
        }
    }
}
