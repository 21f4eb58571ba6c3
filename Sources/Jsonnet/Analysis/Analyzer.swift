/// Turns a syntax tree into the core tree the evaluator runs: checks scopes (unknown variables,
/// `self`/`super`/`$` outside objects, duplicate fields are static errors), resolves every
/// variable to a frame slot, removes sugar (`a {…}`, methods, `local f(x)`), interns field
/// names and records each expression's trace context.
final class Analyzer {
    /// The variables of one runtime frame: a file's top level, a function call, an object
    /// instance, a comprehension iteration.
    private final class Scope {
        var size = 0
        func allocate() -> Int {
            size += 1
            return size - 1
        }
    }

    private enum Binding {
        case slot(scope: Int, slot: Int)
        case std
    }

    private let names: NameTable
    private let stack: StackGuard
    private let stackStart: UInt
    private var scopes: [Scope] = []
    private var vars: [String: [Binding]] = ["std": [.std]]
    private var objectDepth = 0
    private var outermostObjectScope: Int?

    init(names: NameTable, stack: StackGuard = .here()) {
        self.names = names
        self.stack = stack
        self.stackStart = stack.used
    }

    /// Analyzes a whole file (or snippet). Returns the root node and the size of its frame.
    func analyzeFile(_ root: Expr) throws(StaticError) -> (node: Node, frameSize: Int) {
        try ScopeCheck.check(root, stack: stack)
        let top = Scope()
        scopes = [top]
        let node = try expr(root, TraceName.topLevel)
        scopes = []
        return (node, top.size)
    }

    // MARK: helpers

    private var currentScope: Int { scopes.count - 1 }

    private func pushScope() -> Scope {
        let s = Scope()
        scopes.append(s)
        return s
    }

    private func popScope() { scopes.removeLast() }

    private func declare(_ name: String) -> Int {
        let slot = scopes[currentScope].allocate()
        vars[name, default: []].append(.slot(scope: currentScope, slot: slot))
        return slot
    }

    private func undeclare(_ name: String) {
        vars[name]!.removeLast()
    }

    private func thunkContext(_ ctx: TraceName?, _ name: String? = nil) -> TraceName? {
        ctx.map { TraceName.thunk(name, from: $0) }
    }

    // MARK: expressions

    private func expr(_ e: Expr, _ ctx: TraceName?, bind: String? = nil) throws(StaticError) -> Node {
        if stack.syntaxTooDeep(since: stackStart) { throw StaticError("Expression nested too deeply", at: e.range) }
        let n = try build(e, ctx, bind: bind)
        if n.context == nil { n.context = ctx }
        return n
    }

    private func build(_ e: Expr, _ ctx: TraceName?, bind: String?) throws(StaticError) -> Node {
        let r = e.range
        switch e.kind {
        case .null: return ConstNode(.null, r)
        case .true: return ConstNode(.true, r)
        case .false: return ConstNode(.false, r)
        case .number(let d):
            return d.isFinite ? ConstNode(.number(d), r) : OverflowLiteralNode(r)
        case .string(let s):
            return ConstNode(.string(JString(s)), r)
        case .self:
            guard objectDepth > 0 else { throw StaticError("Can't use self outside of an object.", at: r) }
            return SelfNode(r)
        case .dollar:
            guard let outer = outermostObjectScope else { throw StaticError("No top-level object found.", at: r) }
            return DollarNode(depth: currentScope - outer, r)
        case .variable(let name):
            return try variable(name, r)
        case .parens(let inner):
            return try expr(inner, ctx, bind: bind)
        case .superIndex(let index):
            guard objectDepth > 0 else { throw StaticError("Can't use super outside of an object.", at: r) }
            return SuperIndexNode(index: try expr(index, ctx), r)
        case .inSuper(let lhs):
            guard objectDepth > 0 else { throw StaticError("Can't use super outside of an object.", at: r) }
            return InSuperNode(name: try expr(lhs, ctx), r)
        case .array(let elements):
            let ectx = thunkContext(ctx)
            var nodes: [Node] = []
            for el in elements { nodes.append(try expr(el, ectx)) }
            return ArrayNode(nodes, r)
        case .arrayComp(let body, let specs):
            return try arrayComprehension(body, specs, ctx, r)
        case .object(let members):
            return try object(members, ctx, bind: bind, r)
        case .objectComp(let members, let specs):
            return try objectComprehension(members, specs, ctx, bind: bind, r)
        case .index(let target, let index, let dot):
            if case .string(let s) = index.kind {
                if case .variable("std") = target.kind, case .std? = vars["std"]?.last {
                    return StdFieldNode(name: s, r)
                }
                // go-jsonnet gives the target of `e.name`, and all code inside it, no trace context.
                let t = try expr(target, dot ? nil : ctx)
                return IndexNode(target: t, name: names.id(s), string: JString(s), r)
            }
            return IndexNode(target: try expr(target, ctx), index: try expr(index, ctx), r)
        case .slice(let target, let b, let end, let step):
            return SliceNode(target: try expr(target, ctx), begin: try b.map { (x) throws(StaticError) in try expr(x, ctx) },
                             end: try end.map { (x) throws(StaticError) in try expr(x, ctx) },
                             step: try step.map { (x) throws(StaticError) in try expr(x, nil) }, r)
        case .apply(let target, let args, let tailStrict):
            let t = try expr(target, ctx)
            let actx = thunkContext(ctx)
            var positional: [Node] = []
            var named: [(id: Int32, name: String, value: Node)] = []
            for a in args {
                let v = try expr(a.value, actx)
                if let n = a.name { named.append((names.id(n), n, v)) } else { positional.append(v) }
            }
            return ApplyNode(target: t, positional: positional, named: named, tailStrict: tailStrict, r)
        case .applyBrace(let target, let obj):
            return BinaryNode(.add, try expr(target, ctx), try expr(obj, ctx), r)
        case .binary(let op, let l, let rhs):
            if op == .in {
                // go-jsonnet rewrites `a in b` to `std.objectHasEx(b, a, true)` before analysis,
                // so the right side's static errors come first.
                let right = try expr(rhs, ctx)
                return BinaryNode(op, try expr(l, ctx), right, r)
            }
            return BinaryNode(op, try expr(l, ctx), try expr(rhs, ctx), r)
        case .unary(let op, let operand):
            return UnaryNode(op, try expr(operand, ctx), r)
        case .conditional(let c, let t, let f):
            return IfNode(cond: try expr(c, ctx), then: try expr(t, ctx),
                          otherwise: try f.map { (x) throws(StaticError) in try expr(x, ctx) }, r)
        case .function(let params, let body):
            return try function(params, body, ctx, name: bind, r)
        case .local(let binds, let body):
            let slots = binds.map { declare($0.name) }
            var bindings: [LocalBinding] = []
            for (b, slot) in zip(binds, slots) {
                bindings.append(LocalBinding(slot: slot, value: try bindValue(b, thunkContext(ctx, b.name))))
            }
            let bodyNode = try expr(body, ctx)
            for b in binds.reversed() { undeclare(b.name) }
            return LocalNode(binds: bindings, body: bodyNode, r)
        case .error(let x):
            return ErrorNode(try expr(x, ctx), r)
        case .assert(let c, let m, let rest):
            return AssertNode(cond: try expr(c, ctx), message: try m.map { (x) throws(StaticError) in try expr(x, ctx) },
                              rest: try expr(rest, ctx), r)
        case .importCode(let path):
            return ImportNode(kind: .code, path: path, r)
        case .importString(let path):
            return ImportNode(kind: .string, path: path, r)
        case .importBinary(let path):
            return ImportNode(kind: .binary, path: path, r)
        }
    }

    /// The expression inside any parentheses.
    /// The `+:` frame of a `f+: body` field sits at the body; go-jsonnet's desugared
    /// `assert c; rest` body carries no location, so that frame prints an empty one.
    static func plusSite(_ body: Expr) -> SiteNode {
        let b = unparenthesized(body)
        if case .assert = b.kind { return SiteNode(fixedLocation: "", context: TraceName.plusField) }
        return SiteNode(b.range, context: TraceName.plusField)
    }

    static func unparenthesized(_ e: Expr) -> Expr {
        var e = e
        while case .parens(let inner) = e.kind { e = inner }
        return e
    }

    private func variable(_ name: String, _ r: SourceRange) throws(StaticError) -> Node {
        guard let b = vars[name]?.last else { throw StaticError("Unknown variable: \(name)", at: r) }
        switch b {
        case .std:
            return StdNode(r)
        case .slot(let scope, let slot):
            return VarNode(depth: currentScope - scope, slot: slot, name: name, r)
        }
    }

    /// The value of a `local` binding (function sugar becomes a named function literal).
    /// go-jsonnet names the functions of object locals `<anonymous>`: `named` is false there.
    private func bindValue(_ b: Bind, _ ctx: TraceName?, named: Bool = true) throws(StaticError) -> Node {
        if let params = b.params {
            let n = try function(params, b.body, ctx, name: named ? b.name : nil, b.body.range)
            n.context = ctx
            return n
        }
        return try expr(b.body, ctx, bind: named ? b.name : nil)
    }

    private func function(_ params: [Param], _ body: Expr, _ ctx: TraceName?, name: String?, _ r: SourceRange) throws(StaticError) -> FunctionNode {
        let scope = pushScope()
        let fctx = ctx.map { _ in TraceName.function(name) }
        for p in params { _ = declare(p.name) }
        var ps: [FunctionNode.Param] = []
        for p in params {
            let d = try p.defaultValue.map { (x) throws(StaticError) in try expr(x, fctx) }
            ps.append(FunctionNode.Param(name: p.name, id: names.id(p.name), defaultValue: d))
        }
        let b = try expr(body, fctx)
        for p in params.reversed() { undeclare(p.name) }
        popScope()
        return FunctionNode(params: ps, body: b, frameSize: scope.size, r)
    }

    // MARK: comprehensions

    /// Analyzes `for`/`if` clauses, pushing a scope per `for`; `inner` runs in the innermost
    /// scope. Returns the clauses (with their frame sizes) and `inner`'s result.
    private func clauses<T>(_ specs: [CompSpec], _ ctx: TraceName?,
                            _ inner: () throws(StaticError) -> T) throws(StaticError) -> ([CompClause], T) {
        var pending: [(source: Node?, cond: Node?, scope: Scope?, name: String?)] = []
        for spec in specs {
            switch spec {
            case .forIn(let name, _, let source):
                let s = try expr(source, ctx)
                let scope = pushScope()
                _ = declare(name)
                pending.append((s, nil, scope, name))
            case .ifCond(let c):
                pending.append((nil, try expr(c, ctx), nil, nil))
            }
        }
        let result = try inner()
        var out: [CompClause] = []
        for p in pending {
            if let s = p.source, let scope = p.scope {
                out.append(.forIn(source: s, frameSize: scope.size))
            } else if let c = p.cond {
                out.append(.ifCond(c))
            }
        }
        for p in pending.reversed() where p.scope != nil {
            undeclare(p.name!)
            popScope()
        }
        return (out, result)
    }

    private func arrayComprehension(_ body: Expr, _ specs: [CompSpec], _ ctx: TraceName?, _ r: SourceRange) throws(StaticError) -> Node {
        let (cl, b) = try clauses(specs, ctx) { () throws(StaticError) -> Node in try expr(body, thunkContext(ctx)) }
        return ArrayCompNode(body: b, clauses: cl, r)
    }

    // MARK: objects

    private func enterObject() -> (scope: Scope, savedOutermost: Int?) {
        let scope = pushScope()
        let saved = outermostObjectScope
        if saved == nil { outermostObjectScope = currentScope }
        objectDepth += 1
        return (scope, saved)
    }

    private func leaveObject(_ saved: Int?) {
        objectDepth -= 1
        outermostObjectScope = saved
        popScope()
    }

    private func fieldBody(_ f: FieldDef, _ octx: TraceName?) throws(StaticError) -> Node {
        if let params = f.params {
            let n = try function(params, f.body, octx, name: nil, f.body.range)
            n.context = octx
            return n
        }
        return try expr(f.body, octx)
    }

    private func object(_ members: [ObjectMember], _ ctx: TraceName?, bind: String?, _ r: SourceRange) throws(StaticError) -> Node {
        // (Duplicate literal names were rejected by the parser.) Computed names are evaluated outside the object.
        var nameNodes: [ObjectNode.Name] = []
        for m in members {
            guard case .field(let f) = m else { continue }
            switch f.name {
            case .identifier(let s), .string(let s): nameNodes.append(.fixed(names.id(s)))
            case .computed(let e): nameNodes.append(.computed(try expr(e, ctx)))
            }
        }
        let (scope, saved) = enterObject()
        let octx = ctx.map { _ in TraceName.object(bind) }
        var localNames: [String] = []
        var localSlots: [Int] = []
        for m in members {
            if case .local(let b) = m {
                localNames.append(b.name)
                localSlots.append(declare(b.name))
            }
        }
        var locals: [LocalBinding] = []
        var fields: [ObjectNode.Field] = []
        var asserts: [ObjectNode.Assertion] = []
        var li = 0, fi = 0
        for m in members {
            switch m {
            case .local(let b):
                locals.append(LocalBinding(slot: localSlots[li], value: try bindValue(b, octx, named: false)))
                li += 1
            case .field(let f):
                let body = try fieldBody(f, octx)
                let plusSite = f.plusSuper ? Analyzer.plusSite(f.body) : nil
                fields.append(ObjectNode.Field(name: nameNodes[fi], visibility: f.visibility, body: body, plusSite: plusSite))
                fi += 1
            case .assert(let c, let msg, let ar):
                asserts.append(ObjectNode.Assertion(cond: try expr(c, octx),
                                                    message: try msg.map { (x) throws(StaticError) in try expr(x, octx) },
                                                    site: SiteNode(ar)))
            }
        }
        for n in localNames.reversed() { undeclare(n) }
        leaveObject(saved)
        return ObjectNode(fields: fields, locals: locals, asserts: asserts, frameSize: scope.size, r)
    }

    private func objectComprehension(_ members: [ObjectMember], _ specs: [CompSpec], _ ctx: TraceName?,
                                     bind: String?, _ r: SourceRange) throws(StaticError) -> Node {
        var field: FieldDef!
        var localBinds: [Bind] = []
        for m in members {
            switch m {
            case .field(let f): field = f
            case .local(let b): localBinds.append(b)
            case .assert: break
            }
        }
        guard case .computed(let keyExpr) = field.name else {
            throw StaticError("Object comprehensions can only have [e] fields", at: field.nameRange)
        }
        let (cl, parts) = try clauses(specs, ctx) { () throws(StaticError) -> (Node, Node, [LocalBinding], Int) in
            let key = try expr(keyExpr, ctx)
            let (scope, saved) = enterObject()
            let octx = ctx.map { _ in TraceName.object(bind) }
            let slots = localBinds.map { declare($0.name) }
            var locals: [LocalBinding] = []
            for (b, slot) in zip(localBinds, slots) {
                locals.append(LocalBinding(slot: slot, value: try bindValue(b, octx, named: false)))
            }
            let body = try fieldBody(field, octx)
            for b in localBinds.reversed() { undeclare(b.name) }
            leaveObject(saved)
            return (key, body, locals, scope.size)
        }
        let plusSite = field.plusSuper ? Analyzer.plusSite(field.body) : nil
        return ObjectCompNode(key: parts.0, body: parts.1, visibility: field.visibility, plusSite: plusSite,
                              locals: parts.2, frameSize: parts.3, clauses: cl, r)
    }
}
