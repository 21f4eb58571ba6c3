/// The scope errors of a file (unknown variables; `self`, `super` and `$` outside objects),
/// found in the order go-jsonnet's static analysis meets them. go-jsonnet analyses its
/// desugared tree, so the order is not the source order: in an object, the locals come first,
/// then the field bodies, the asserts, and last the computed field names; a comprehension is
/// visited innermost clause first, its `for` sources last; `a in b` looks at `b` first; an
/// `assert` looks at its condition, then what follows, then its message.
struct ScopeCheck {
    private var scopes: [Set<String>] = [["std"]]
    private var objectDepth = 0
    private let stack: StackGuard
    private let stackStart: UInt

    static func check(_ root: Expr, stack: StackGuard) throws(StaticError) {
        var c = ScopeCheck(stack: stack, stackStart: stack.used)
        try c.visit(root)
    }

    private init(stack: StackGuard, stackStart: UInt) {
        self.stack = stack
        self.stackStart = stackStart
    }

    private func defined(_ name: String) -> Bool {
        for s in scopes.reversed() where s.contains(name) { return true }
        return false
    }

    private mutating func with<T>(_ names: [String], _ body: (inout ScopeCheck) throws(StaticError) -> T) throws(StaticError) -> T {
        scopes.append(Set(names))
        defer { scopes.removeLast() }
        return try body(&self)
    }

    private mutating func visit(_ e: Expr) throws(StaticError) {
        if stack.syntaxTooDeep(since: stackStart) { throw StaticError("Expression nested too deeply", at: e.range) }
        switch e.kind {
        case .null, .true, .false, .number, .string, .importCode, .importString, .importBinary:
            return
        case .self:
            if objectDepth == 0 { throw StaticError("Can't use self outside of an object.", at: e.range) }
        case .dollar:
            if objectDepth == 0 { throw StaticError("No top-level object found.", at: e.range) }
        case .variable(let name):
            if !defined(name) { throw StaticError("Unknown variable: \(name)", at: e.range) }
        case .parens(let x), .error(let x), .unary(_, let x):
            try visit(x)
        case .superIndex(let x), .inSuper(let x):
            if objectDepth == 0 { throw StaticError("Can't use super outside of an object.", at: e.range) }
            try visit(x)
        case .array(let xs):
            for x in xs { try visit(x) }
        case .arrayComp(let body, let specs):
            try comprehension(specs, 0) { (c) throws(StaticError) in try c.visit(body) }
        case .object(let members):
            try object(members)
        case .objectComp(let members, let specs):
            try comprehension(specs, 0) { (c) throws(StaticError) in try c.object(members) }
        case .index(let t, let i, _):
            try visit(t)
            try visit(i)
        case .slice(let t, let b, let end, let step):
            try visit(t)
            for x in [b, end, step] { if let x = x { try visit(x) } }
        case .apply(let t, let args, _):
            try visit(t)
            for a in args { try visit(a.value) }
        case .applyBrace(let t, let o):
            try visit(t)
            try visit(o)
        case .binary(let op, let l, let r):
            if op == .in {
                try visit(r)
                try visit(l)
            } else {
                try visit(l)
                try visit(r)
            }
        case .conditional(let c, let t, let f):
            try visit(c)
            try visit(t)
            if let f = f { try visit(f) }
        case .function(let params, let body):
            try function(params, body)
        case .local(let binds, let body):
            try with(binds.map { $0.name }) { (c) throws(StaticError) in
                for b in binds { try c.bind(b) }
                try c.visit(body)
            }
        case .assert(let cond, let message, let rest):
            try visit(cond)
            try visit(rest)
            if let m = message { try visit(m) }
        }
    }

    private mutating func function(_ params: [Param], _ body: Expr) throws(StaticError) {
        try with(params.map { $0.name }) { (c) throws(StaticError) in
            for p in params { if let d = p.defaultValue { try c.visit(d) } }
            try c.visit(body)
        }
    }

    private mutating func bind(_ b: Bind) throws(StaticError) {
        if let ps = b.params { try function(ps, b.body) } else { try visit(b.body) }
    }

    private mutating func object(_ members: [ObjectMember]) throws(StaticError) {
        var localNames: [String] = []
        for m in members { if case .local(let b) = m { localNames.append(b.name) } }
        objectDepth += 1
        try with(localNames) { (c) throws(StaticError) in
            for m in members { if case .local(let b) = m { try c.bind(b) } }
            for m in members {
                guard case .field(let f) = m else { continue }
                if let ps = f.params { try c.function(ps, f.body) } else { try c.visit(f.body) }
            }
            for m in members {
                guard case .assert(let cond, let msg, _) = m else { continue }
                try c.visit(cond)
                if let msg = msg { try c.visit(msg) }
            }
        }
        objectDepth -= 1
        for m in members {
            if case .field(let f) = m, case .computed(let name) = f.name { try visit(name) }
        }
    }

    /// Clause `k` and everything inside it: a `for` visits the rest (with its variable in scope)
    /// before its own source; an `if` visits its condition first.
    private mutating func comprehension(_ specs: [CompSpec], _ k: Int,
                                        _ body: (inout ScopeCheck) throws(StaticError) -> Void) throws(StaticError) {
        if k == specs.count {
            try body(&self)
            return
        }
        switch specs[k] {
        case .forIn(let name, _, let source):
            try with([name]) { (c) throws(StaticError) in try c.comprehension(specs, k + 1, body) }
            try visit(source)
        case .ifCond(let cond):
            try visit(cond)
            try comprehension(specs, k + 1, body)
        }
    }
}
