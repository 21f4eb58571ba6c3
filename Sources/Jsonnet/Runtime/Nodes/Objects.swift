/// An object literal `{ … }`. Field names that are literals are interned at analysis; computed
/// names (`[e]: …`) are evaluated, in the enclosing frame, each time the literal is evaluated.
final class ObjectNode: Node {
    enum Name {
        case fixed(Int32)
        case computed(Node)
    }

    struct Field {
        let name: Name
        let visibility: Visibility
        let body: Node
        /// For `f+: e`: the position errors of the `+` are reported at.
        let plusSite: Node?
    }

    struct Assertion {
        let cond: Node
        let message: Node?
        let site: Node
    }

    let fields: [Field]
    let locals: [LocalBinding]
    let asserts: [Assertion]
    /// Slots of the per-`self` frame: object locals, then the locals of field bodies.
    let frameSize: Int
    private let staticNames: ContiguousArray<Int32>?
    private let staticVisibility: ContiguousArray<Visibility>

    init(fields: [Field], locals: [LocalBinding], asserts: [Assertion], frameSize: Int, _ range: SourceRange) {
        self.fields = fields
        self.locals = locals
        self.asserts = asserts
        self.frameSize = frameSize
        var names = ContiguousArray<Int32>()
        var allFixed = true
        for f in fields {
            if case .fixed(let id) = f.name { names.append(id) } else { allFixed = false }
        }
        staticNames = allFixed ? names : nil
        staticVisibility = ContiguousArray(fields.map { $0.visibility })
        super.init(range)
    }

    override func eval(_ f: Frame, _ vm: Evaluator) throws(RuntimeError) -> Value {
        if let names = staticNames {
            return .object(ObjectValue(layer: ObjectLayer(names: names, visibility: staticVisibility,
                                                          bodyIndex: nil, source: .literal(self, f))))
        }
        var names = ContiguousArray<Int32>()
        var vis = ContiguousArray<Visibility>()
        var bodyIndex = ContiguousArray<Int32>()
        for (i, field) in fields.enumerated() {
            let id: Int32
            switch field.name {
            case .fixed(let n):
                id = n
            case .computed(let e):
                let v = try e.eval(f, vm)
                switch v {
                case .null: continue
                case .string(let s): id = vm.names.id(s)
                default: throw vm.error("Field name must be string, got \(v.typeName)", at: self)
                }
            }
            if names.contains(id) {
                throw vm.error("Duplicate field name: \(goQuote(vm.names.string(id)))", at: self)
            }
            names.append(id)
            vis.append(field.visibility)
            bodyIndex.append(Int32(i))
        }
        return .object(ObjectValue(layer: ObjectLayer(names: names, visibility: vis, bodyIndex: bodyIndex,
                                                      source: .literal(self, f))))
    }
}

/// `{ [k]: v for x in e … }`.
final class ObjectCompNode: Node {
    let key: Node
    let body: Node
    let visibility: Visibility
    let plusSite: Node?
    let locals: [LocalBinding]
    /// Slots of the per-field frame (object locals and the body's locals).
    let frameSize: Int
    let comprehension: Comprehension

    init(key: Node, body: Node, visibility: Visibility, plusSite: Node?, locals: [LocalBinding],
         frameSize: Int, clauses: [CompClause], _ range: SourceRange) {
        self.key = key
        self.body = body
        self.visibility = visibility
        self.plusSite = plusSite
        self.locals = locals
        self.frameSize = frameSize
        self.comprehension = Comprehension(clauses: clauses, site: SiteNode(range), isObject: true)
        super.init(range)
    }

    override func eval(_ f: Frame, _ vm: Evaluator) throws(RuntimeError) -> Value {
        // go-jsonnet runs every clause first, then makes the fields in order.
        var iterations = ContiguousArray<Frame>()
        try comprehension.run(f, vm) { (inner: Frame) throws(RuntimeError) in iterations.append(inner) }
        var names = ContiguousArray<Int32>()
        var frames = ContiguousArray<Frame>()
        var seen = Set<Int32>()
        for inner in iterations {
            try vm.push(site: comprehension.site)
            let k = try key.eval(inner, vm)
            vm.pop()
            switch k {
            case .null:
                continue
            case .string(let s):
                let id = vm.names.id(s)
                if !seen.insert(id).inserted {
                    throw vm.error("Duplicate field name: \(goQuote(s.string))", at: comprehension.site)
                }
                names.append(id)
                frames.append(inner)
            default:
                try vm.push(site: comprehension.site)
                throw vm.error("Field name must be string, got \(k.typeName)", at: self)
            }
        }
        let vis = ContiguousArray(repeating: visibility, count: names.count)
        return .object(ObjectValue(layer: ObjectLayer(names: names, visibility: vis, bodyIndex: nil,
                                                      source: .comprehension(self, frames))))
    }
}

/// `super.f` / `super[e]`.
final class SuperIndexNode: Node {
    let index: Node

    init(index: Node, _ range: SourceRange) {
        self.index = index
        super.init(range)
    }

    override func eval(_ f: Frame, _ vm: Evaluator) throws(RuntimeError) -> Value {
        let i = try index.eval(f, vm)
        guard case .string(let s) = i else { throw vm.typeError(i, expected: "string", at: self) }
        let obj = f.selfObject.unsafelyUnwrapped
        if f.layer == 0 { throw vm.error("Attempt to use super when there is no super class.", at: self) }
        guard let v = try obj.superField(vm.names.id(s), from: f.layer, vm, site: self) else {
            throw vm.error("Field does not exist: \(s.string)", at: self)
        }
        return v
    }
}

/// `e in super`.
final class InSuperNode: Node {
    let name: Node

    init(name: Node, _ range: SourceRange) {
        self.name = name
        super.init(range)
    }

    override func eval(_ f: Frame, _ vm: Evaluator) throws(RuntimeError) -> Value {
        let n = try name.eval(f, vm)
        guard case .string(let s) = n else { throw vm.typeError(n, expected: "string", at: self) }
        let obj = f.selfObject.unsafelyUnwrapped
        return .bool(obj.lookup(vm.names.id(s), below: f.layer) != nil)
    }
}
