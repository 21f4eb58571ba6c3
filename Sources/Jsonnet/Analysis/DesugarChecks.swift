/// The checks go-jsonnet makes while desugaring, after parsing the whole file and before the
/// scope analysis: duplicate field names in an object, then invalid string escapes, in
/// go-jsonnet's traversal order — so that a file with several errors reports the same one first.
struct DesugarChecks {
    private let stack: StackGuard
    private let stackStart: UInt

    static func check(_ root: Expr, stack: StackGuard) throws(StaticError) {
        try DesugarChecks(stack: stack, stackStart: stack.used).visit(root)
    }

    private func visit(_ e: Expr) throws(StaticError) {
        if stack.syntaxTooDeep(since: stackStart) { throw StaticError("Expression nested too deeply", at: e.range) }
        switch e.kind {
        case .null, .true, .false, .self, .dollar, .number, .string, .variable,
             .importCode, .importString, .importBinary:
            return
        case .invalidString(let error):
            throw error
        case .parens(let x), .superIndex(let x), .inSuper(let x), .error(let x), .unary(_, let x):
            try visit(x)
        case .array(let xs):
            for x in xs { try visit(x) }
        case .arrayComp(let body, let specs):
            try visit(body)
            try visit(specs)
        case .object(let members):
            try visitObject(members)
        case .objectComp(let members, let specs):
            try visitObject(members)
            try visit(specs)
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
        case .binary(_, let l, let r):
            try visit(l)
            try visit(r)
        case .conditional(let c, let t, let f):
            try visit(c)
            try visit(t)
            if let f = f { try visit(f) }
        case .function(let params, let body):
            try visit(params)
            try visit(body)
        case .local(let binds, let body):
            var names = Set<String>()
            for b in binds {
                if !names.insert(b.name).inserted { throw StaticError("Duplicate local var: \(b.name)", at: b.range) }
                try visit(b)
            }
            try visit(body)
        case .assert(let c, let m, let rest):
            try visit(c)
            if let m = m { try visit(m) }
            try visit(rest)
        }
    }

    private func visit(_ params: [Param]) throws(StaticError) {
        for p in params { if let d = p.defaultValue { try visit(d) } }
    }

    private func visit(_ b: Bind) throws(StaticError) {
        if let ps = b.params { try visit(ps) }
        try visit(b.body)
    }

    private func visit(_ specs: [CompSpec]) throws(StaticError) {
        for s in specs {
            switch s {
            case .forIn(_, _, let source): try visit(source)
            case .ifCond(let c): try visit(c)
            }
        }
    }

    private func visitObject(_ members: [ObjectMember]) throws(StaticError) {
        var seen = Set<ByteString>()
        for m in members {
            guard case .field(let f) = m else { continue }
            switch f.name {
            case .identifier(let s), .string(let s):
                if !seen.insert(ByteString(string: s)).inserted {
                    throw StaticError("Duplicate field: \(Parser.jsonEscaped(s))", at: f.nameRange)
                }
            case .invalidString(let error):
                throw error
            case .computed:
                break
            }
        }
        var locals = Set<String>()
        for m in members {
            switch m {
            case .field(let f):
                if case .computed(let e) = f.name { try visit(e) }
                if let ps = f.params { try visit(ps) }
                try visit(f.body)
            case .local(let b):
                if !locals.insert(b.name).inserted { throw StaticError("Duplicate local var: \(b.name)", at: b.range) }
                try visit(b)
            case .assert(let c, let msg, _):
                try visit(c)
                if let msg = msg { try visit(msg) }
            }
        }
    }
}
