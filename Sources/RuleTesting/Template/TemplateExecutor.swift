/// An execution error, fully worded (`template: NAME:1:35: executing "NAME" at <…>: …`).
struct TemplateExecError: Error, Sendable {
    let message: String
}

/// The parameter types of template functions, as Go's argument conversion sees them.
enum TemplateParamType: Equatable {
    case string
    case any
    case reflectValue
    case samplePointer
    case queryResult

    var goName: String {
        switch self {
        case .string: return "string"
        case .any: return "interface {}"
        case .reflectValue: return "reflect.Value"
        case .samplePointer: return "*template.sample"
        case .queryResult: return "template.queryResult"
        }
    }

    var canBeNil: Bool { self != .string }

    var zero: GoValue {
        switch self {
        case .string: return .string("")
        case .any: return .iface(nil)
        case .reflectValue: return .invalid
        case .samplePointer: return .sample(nil)
        case .queryResult: return .queryResult(.nilSlice)
        }
    }

    /// Whether a value of `v`'s type may be passed as this type without conversion.
    func accepts(_ v: GoValue) -> Bool {
        switch self {
        case .any, .reflectValue: return true
        case .string: if case .string = v { return true }
        case .samplePointer: if case .sample = v { return true }
        case .queryResult: if case .queryResult = v { return true }
        }
        return false
    }
}

/// A function a template can call: its Go signature and its body. A body's error becomes
/// `error calling NAME: message`.
struct TemplateFunction: @unchecked Sendable {
    enum Special { case none, and, or }
    var params: [TemplateParamType]
    var variadic: TemplateParamType?
    var special: Special = .none
    var call: ([GoValue]) throws(TemplateFuncError) -> GoValue
}

/// The error a template function returns (or the panic it raises), as Go prints it.
struct TemplateFuncError: Error {
    let message: String
    init(_ message: String) { self.message = message }
}

/// Go's `text/template` executor over parsed trees (Go 1.19 semantics, `missingkey=zero`).
final class TemplateExecutor {
    static let maxExecDepth = 100_000

    private let set: TemplateSet
    private let parseName: String
    private let newlines: [Int]
    private let functions: [String: TemplateFunction]
    private let stack = TemplateStackGuard()
    private let deep: Bool

    private var out = ""
    private var node: TemplateNode?
    private var templateName: String
    private var vars: [(name: String, value: GoValue)] = []
    private var depth = 0

    /// `deep`: this execution already runs on the large stack.
    init(set: TemplateSet, name: String, text: String, functions: [String: TemplateFunction], deep: Bool) {
        self.set = set
        self.parseName = name
        self.templateName = name
        self.functions = functions
        self.deep = deep
        var nl: [Int] = []
        for (i, b) in text.utf8.enumerated() where b == 0x0A { nl.append(i) }
        self.newlines = nl
    }

    /// Executes the template `name` with `data` as dot and `$`.
    func execute(_ data: GoValue) throws -> String {
        guard let root = set.trees[templateName] else {
            throw TemplateExecError(message: "template: \(templateName): \(GoStrconv.quote(templateName)) is an incomplete or empty template")
        }
        vars = [("$", data)]
        _ = try walk(data, root)
        return GoBytes.normalized(out)
    }

    // MARK: - Errors

    private func location(_ n: TemplateNode) -> String {
        var lo = 0, hi = newlines.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if newlines[mid] < n.pos { lo = mid + 1 } else { hi = mid }
        }
        let col = lo == 0 ? n.pos : n.pos - (newlines[lo - 1] + 1)
        return "\(parseName):\(lo + 1):\(col)"
    }

    private func error(_ message: String) -> TemplateExecError {
        if let n = node {
            return TemplateExecError(message: "template: \(location(n)): executing \(GoStrconv.quote(templateName)) at <\(n.description)>: \(message)")
        }
        return TemplateExecError(message: "template: \(templateName): \(message)")
    }

    private func at(_ n: TemplateNode) { node = n }

    private func checkStack() throws {
        if !stack.hasRoom {
            if deep { throw error("exceeded maximum template depth (\(TemplateExecutor.maxExecDepth))") }
            throw TemplateNeedsDeepStack()
        }
    }

    // MARK: - Variables

    private func push(_ name: String, _ value: GoValue) { vars.append((name, value)) }

    private func setVar(_ name: String, _ value: GoValue) throws {
        for i in stride(from: vars.count - 1, through: 0, by: -1) where vars[i].name == name {
            vars[i].value = value
            return
        }
        throw error("undefined variable: \(name)")
    }

    private func setTopVar(_ n: Int, _ value: GoValue) { vars[vars.count - n].value = value }

    private func varValue(_ name: String) throws -> GoValue {
        for i in stride(from: vars.count - 1, through: 0, by: -1) where vars[i].name == name {
            return vars[i].value
        }
        throw error("undefined variable: \(name)")
    }

    // MARK: - Walking

    private enum Flow { case normal, breakLoop, continueLoop }

    private func walk(_ dot: GoValue, _ n: TemplateNode) throws -> Flow {
        at(n)
        switch n {
        case let a as ActionNode:
            let v = try evalPipeline(dot, a.pipe)
            if a.pipe.decl.isEmpty { printValue(a, v) }
        case is BreakNode:
            return .breakLoop
        case is ContinueNode:
            return .continueLoop
        case let l as ListNode:
            for c in l.nodes {
                let f = try walk(dot, c)
                if f != .normal { return f }
            }
        case let b as BranchNode:
            if b.kind == .range { return try walkRange(dot, b) }
            return try walkIfOrWith(dot, b)
        case let t as TemplateCallNode:
            try walkTemplate(dot, t)
        case let t as TextNode:
            out += t.text
        default:
            throw error("unknown node: \(n)")
        }
        return .normal
    }

    private func walkIfOrWith(_ dot: GoValue, _ b: BranchNode) throws -> Flow {
        try checkStack()
        let mark = vars.count
        defer { vars.removeSubrange(mark...) }
        let val = try evalPipeline(dot, b.pipe)
        if val.unwrapped.truth {
            return try walk(b.kind == .with ? val : dot, b.list)
        } else if let e = b.elseList {
            return try walk(dot, e)
        }
        return .normal
    }

    private func walkRange(_ dot: GoValue, _ r: BranchNode) throws -> Flow {
        try checkStack()
        at(r)
        let mark = vars.count
        defer { vars.removeSubrange(mark...) }
        let (val, _) = try evalPipeline(dot, r.pipe).indirect
        let inner = vars.count
        func iteration(_ index: GoValue, _ elem: GoValue) throws -> Bool {
            if !r.pipe.decl.isEmpty { setTopVar(1, elem) }
            if r.pipe.decl.count > 1 { setTopVar(2, index) }
            defer { vars.removeSubrange(inner...) }
            return try walk(elem, r.list) == .breakLoop
        }
        switch val {
        case .queryResult(let q) where q.count > 0:
            for (i, s) in q.elements.enumerated() {
                if try iteration(.int(i), .sample(s)) { break }
            }
            return .normal
        case .stringMap(let m) where !m.isEmpty:
            for k in m.keys.sorted(by: GoBytes.less) {
                if try iteration(.string(k), .string(m[k]!)) { break }
            }
            return .normal
        case .anyMap(let m) where !m.isEmpty:
            for k in m.keys.sorted(by: GoBytes.less) {
                let e = m[k]!
                if try iteration(.string(k), { if case .iface = e { return e }; return .iface(e) }()) { break }
            }
            return .normal
        case .queryResult, .stringMap, .anyMap, .invalid:
            break
        default:
            throw error("range can't iterate over \(GoFmt.sprintValue(val))")
        }
        if let e = r.elseList { return try walk(dot, e) }
        return .normal
    }

    private func walkTemplate(_ dot: GoValue, _ t: TemplateCallNode) throws {
        at(t)
        guard let tree = set.trees[t.name] else {
            throw error("template \(GoStrconv.quote(t.name)) not defined")
        }
        if depth == TemplateExecutor.maxExecDepth {
            throw error("exceeded maximum template depth (\(TemplateExecutor.maxExecDepth))")
        }
        try checkStack()
        let newDot = try evalPipeline(dot, t.pipe)
        let savedVars = vars, savedName = templateName
        vars = [("$", newDot)]
        templateName = t.name
        depth += 1
        defer {
            vars = savedVars
            templateName = savedName
            depth -= 1
        }
        _ = try walk(newDot, tree)
    }

    /// What `{{pipeline}}` prints: pointers are followed, an invalid value is `<no value>`.
    private func printValue(_ n: TemplateNode, _ v: GoValue) {
        at(n)
        switch v {
        case .invalid:
            out += "<no value>"
        case .sample(let s?):
            out += GoFmt.sprintValue(.sampleValue(s))
        case .timePointer(let t):
            out += GoFmt.sprintValue(.time(t.time))
        default:
            out += GoFmt.sprintValue(v)
        }
    }

    // MARK: - Pipelines and commands

    private func evalPipeline(_ dot: GoValue, _ pipe: PipeNode?) throws -> GoValue {
        guard let pipe else { return .invalid }
        try checkStack()
        at(pipe)
        var value: GoValue? = nil
        for cmd in pipe.cmds {
            var v = try evalCommand(dot, cmd, final: value)
            if case .iface = v { v = v.unwrapped }
            value = v
        }
        let result = value ?? .invalid
        for variable in pipe.decl {
            if pipe.isAssign {
                try setVar(variable.ident[0], result)
            } else {
                push(variable.ident[0], result)
            }
        }
        return result
    }

    private func notAFunction(_ args: [TemplateNode], _ final: GoValue?) throws {
        if args.count > 1 || final != nil {
            throw error("can't give argument to non-function \(args[0])")
        }
    }

    private func evalCommand(_ dot: GoValue, _ cmd: CommandNode, final: GoValue?) throws -> GoValue {
        let first = cmd.args[0]
        switch first {
        case let f as FieldNode:
            return try evalFieldNode(dot, f, cmd.args, final)
        case let c as ChainNode:
            return try evalChainNode(dot, c, cmd.args, final)
        case let i as IdentifierNode:
            return try evalFunction(dot, i, cmd, cmd.args, final)
        case let p as PipeNode:
            try notAFunction(cmd.args, final)
            return try evalPipeline(dot, p)
        case let v as VariableNode:
            return try evalVariableNode(dot, v, cmd.args, final)
        default:
            break
        }
        at(first)
        try notAFunction(cmd.args, final)
        switch first {
        case let b as BoolNode: return .bool(b.value)
        case is DotNode: return dot
        case is NilNode: throw error("nil is not a command")
        case let n as NumberNode: return try idealConstant(n)
        case let s as StringNode: return .string(s.text)
        default: throw error("can't evaluate command \(GoStrconv.quote(first.description))")
        }
    }

    private func idealConstant(_ n: NumberNode) throws -> GoValue {
        at(n)
        let t = n.text
        let isHexInt = t.count > 2 && t.hasPrefix("0") && (t.dropFirst().hasPrefix("x") || t.dropFirst().hasPrefix("X"))
            && !t.contains(where: { $0 == "p" || $0 == "P" })
        let isRuneInt = t.hasPrefix("'")
        if n.isComplex { return .complex(n.complex.0, n.complex.1) }
        if n.isFloat && !isHexInt && !isRuneInt && t.contains(where: { ".eEpP".contains($0) }) {
            return .float(n.float64)
        }
        if n.isInt { return .int(Int(n.int64)) }
        if n.isUint { throw error("\(t) overflows int") }
        return .invalid
    }

    private func evalFieldNode(_ dot: GoValue, _ f: FieldNode, _ args: [TemplateNode], _ final: GoValue?) throws -> GoValue {
        at(f)
        return try evalFieldChain(dot, dot, f, f.ident, args, final)
    }

    private func evalChainNode(_ dot: GoValue, _ c: ChainNode, _ args: [TemplateNode], _ final: GoValue?) throws -> GoValue {
        at(c)
        if c.node is NilNode { throw error("indirection through explicit nil in \(c)") }
        let pipe = try evalArg(dot, nil, c.node)
        return try evalFieldChain(dot, pipe, c, c.fields, args, final)
    }

    private func evalVariableNode(_ dot: GoValue, _ v: VariableNode, _ args: [TemplateNode], _ final: GoValue?) throws -> GoValue {
        at(v)
        let value = try varValue(v.ident[0])
        if v.ident.count == 1 {
            try notAFunction(args, final)
            return value
        }
        return try evalFieldChain(dot, value, v, Array(v.ident.dropFirst()), args, final)
    }

    private func evalFieldChain(_ dot: GoValue, _ receiver: GoValue, _ n: TemplateNode, _ ident: [String],
                                _ args: [TemplateNode], _ final: GoValue?) throws -> GoValue {
        var r = receiver
        for name in ident.dropLast() {
            r = try evalField(dot, name, n, [], nil, r)
        }
        return try evalField(dot, ident[ident.count - 1], n, args, final, r)
    }

    private func evalField(_ dot: GoValue, _ fieldName: String, _ n: TemplateNode, _ args: [TemplateNode],
                           _ final: GoValue?, _ receiver: GoValue) throws -> GoValue {
        if case .invalid = receiver { return .invalid }
        let typ = receiver.typeName
        let (r, isNil) = receiver.indirect
        if r.kind == .interface && isNil {
            throw error("nil pointer evaluating \(typ).\(fieldName)")
        }
        if case .time(let t) = r, let method = TemplateTimeMethods.method(fieldName, t) {
            return try evalCall(dot, method, n, fieldName, args, final)
        }
        let hasArgs = args.count > 1 || final != nil
        switch r {
        case .data(let d):
            let fields: [String: GoValue] = [
                "Labels": .stringMap(d.labels), "ExternalLabels": .stringMap(d.externalLabels),
                "ExternalURL": .string(d.externalURL), "Value": .float(d.value),
            ]
            if let v = fields[fieldName] {
                if hasArgs { throw error("\(fieldName) has arguments but cannot be invoked as function") }
                return v
            }
        case .sampleValue(let s):
            if fieldName == "Labels" || fieldName == "Value" {
                if hasArgs { throw error("\(fieldName) has arguments but cannot be invoked as function") }
                return fieldName == "Labels" ? .stringMap(s.labels) : .float(s.value)
            }
        case .time:
            if ["wall", "ext", "loc"].contains(fieldName) {
                throw error("\(fieldName) is an unexported field of struct type \(typ)")
            }
        case .stringMap(let m):
            if hasArgs { throw error("\(fieldName) is not a method but has arguments") }
            return .string(m[fieldName] ?? "")
        case .anyMap(let m):
            if hasArgs { throw error("\(fieldName) is not a method but has arguments") }
            guard let e = m[fieldName] else { return .iface(nil) }
            if case .iface = e { return e }
            return .iface(e)
        case .sample(nil):
            if fieldName == "Labels" || fieldName == "Value" {
                throw error("nil pointer evaluating \(typ).\(fieldName)")
            }
        default:
            break
        }
        throw error("can't evaluate field \(fieldName) in type \(typ)")
    }

    // MARK: - Calls

    private func evalFunction(_ dot: GoValue, _ n: IdentifierNode, _ cmd: TemplateNode, _ args: [TemplateNode]?,
                              _ final: GoValue?) throws -> GoValue {
        at(n)
        guard let f = functions[n.ident] else {
            throw error("\(GoStrconv.quote(n.ident)) is not a defined function")
        }
        return try evalCall(dot, f, cmd, n.ident, args ?? [], final, hasArgList: args != nil)
    }

    private func evalCall(_ dot: GoValue, _ f: TemplateFunction, _ n: TemplateNode, _ name: String,
                          _ allArgs: [TemplateNode], _ final: GoValue?, hasArgList: Bool = true) throws -> GoValue {
        let args = hasArgList ? Array(allArgs.dropFirst()) : []
        var numIn = args.count
        if final != nil { numIn += 1 }
        var numFixed = args.count
        if f.variadic != nil {
            numFixed = f.params.count
            if numIn < numFixed {
                throw error("wrong number of args for \(name): want at least \(numFixed) got \(args.count)")
            }
        } else if numIn != f.params.count {
            throw error("wrong number of args for \(name): want \(f.params.count) got \(numIn)")
        }
        if f.special != .none {
            let wantTrue = f.special == .or
            var v: GoValue = .invalid
            for a in args {
                v = try evalArg(dot, .reflectValue, a)
                if v.unwrapped.truth == wantTrue { return v }
            }
            if let final { v = try validateType(final, .reflectValue) }
            return v
        }
        var argv: [GoValue] = []
        argv.reserveCapacity(numIn)
        var i = 0
        while i < numFixed && i < args.count {
            argv.append(try evalArg(dot, f.params[i], args[i]))
            i += 1
        }
        if let vt = f.variadic {
            while i < args.count {
                argv.append(try evalArg(dot, vt, args[i]))
                i += 1
            }
        }
        if let final {
            var t: TemplateParamType
            if let vt = f.variadic {
                t = numIn - 1 < numFixed ? f.params[numIn - 1] : vt
            } else {
                t = f.params[f.params.count - 1]
            }
            argv.append(try validateType(final, t))
        }
        do {
            return try f.call(argv)
        } catch {
            at(n)
            throw self.error("error calling \(name): \(error.message)")
        }
    }

    private func validateType(_ value: GoValue, _ typ: TemplateParamType?) throws -> GoValue {
        if case .invalid = value {
            guard let typ else { return .invalid }
            if typ.canBeNil { return typ.zero }
            throw error("invalid value; expected \(typ.goName)")
        }
        guard let typ else { return value }
        if typ.accepts(value) { return value }
        var v = value
        if case .iface(let inner?) = value {
            if typ.accepts(inner) { return inner }
            v = inner
        }
        throw error("wrong type for value; expected \(typ.goName); got \(v.typeName)")
    }

    private func evalArg(_ dot: GoValue, _ typ: TemplateParamType?, _ n: TemplateNode) throws -> GoValue {
        at(n)
        switch n {
        case is DotNode:
            return try validateType(dot, typ)
        case is NilNode:
            if let typ, typ.canBeNil { return typ.zero }
            throw error("cannot assign nil to \(typ?.goName ?? "<nil>")")
        case let f as FieldNode:
            return try validateType(evalFieldNode(dot, f, [n], nil), typ)
        case let v as VariableNode:
            return try validateType(evalVariableNode(dot, v, [], nil), typ)
        case let p as PipeNode:
            return try validateType(evalPipeline(dot, p), typ)
        case let i as IdentifierNode:
            return try validateType(evalFunction(dot, i, i, nil, nil), typ)
        case let c as ChainNode:
            return try validateType(evalChainNode(dot, c, [], nil), typ)
        default:
            break
        }
        switch typ {
        case .string?:
            at(n)
            if let s = n as? StringNode { return .string(s.text) }
            throw error("expected string; found \(n)")
        case .any?, .reflectValue?:
            return try evalEmptyInterface(dot, n)
        case let t?:
            throw error("can't handle \(n) for arg of type \(t.goName)")
        case nil:
            throw error("can't handle \(n) for arg of type <nil>")
        }
    }

    private func evalEmptyInterface(_ dot: GoValue, _ n: TemplateNode) throws -> GoValue {
        at(n)
        switch n {
        case let b as BoolNode: return .bool(b.value)
        case is DotNode: return dot
        case let f as FieldNode: return try evalFieldNode(dot, f, [], nil)
        case let i as IdentifierNode: return try evalFunction(dot, i, i, nil, nil)
        case is NilNode: throw error("evalEmptyInterface: nil (can't happen)")
        case let num as NumberNode: return try idealConstant(num)
        case let s as StringNode: return .string(s.text)
        case let v as VariableNode: return try evalVariableNode(dot, v, [], nil)
        case let p as PipeNode: return try evalPipeline(dot, p)
        default: throw error("can't handle assignment of \(n) to empty interface argument")
        }
    }
}
