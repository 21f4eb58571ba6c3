/// One layer of an object: the fields contributed by one object literal, comprehension, or
/// natively built object. `a + b` stacks the layers of `b` on those of `a`.
final class ObjectLayer {
    enum Source {
        /// An object literal evaluated in `frame`; field `i` has body `node.fields[bodyIndex[i]]`.
        case literal(ObjectNode, Frame)
        /// An object comprehension; field `i` was produced in iteration frame `frames[i]`.
        case comprehension(ObjectCompNode, ContiguousArray<Frame>)
        /// Fields with known (or lazily computed) values, built by the runtime.
        case values(ContiguousArray<Lazy>)
    }

    let names: ContiguousArray<Int32>
    let visibility: ContiguousArray<Visibility>
    /// Map from field position to the literal's field definition (nil: the identity).
    let bodyIndex: ContiguousArray<Int32>?
    let source: Source
    private let index: [Int32: Int32]?

    init(names: ContiguousArray<Int32>, visibility: ContiguousArray<Visibility>,
         bodyIndex: ContiguousArray<Int32>?, source: Source, index: [Int32: Int32]? = nil) {
        self.names = names
        self.visibility = visibility
        self.bodyIndex = bodyIndex
        self.source = source
        if let index = index {
            self.index = index
        } else if names.count > 8 {
            var m = [Int32: Int32](minimumCapacity: names.count)
            for (i, n) in names.enumerated() { m[n] = Int32(i) }
            self.index = m
        } else {
            self.index = nil
        }
    }

    /// The position of a field in this layer, or -1.
    @inline(__always)
    func find(_ name: Int32) -> Int {
        if let m = index { return m[name].map { Int($0) } ?? -1 }
        var i = 0
        let n = names.count
        while i < n {
            if names[i] == name { return i }
            i += 1
        }
        return -1
    }

    var hasAsserts: Bool {
        if case .literal(let node, _) = source { return !node.asserts.isEmpty }
        return false
    }
}

/// A Jsonnet object: a stack of layers seen through one `self`. Field values are computed on
/// first access and cached per object, so each field body runs at most once per `self`.
public final class ObjectValue {
    let layers: ContiguousArray<ObjectLayer>
    /// Start of each layer's fields in `values` (only for objects of several layers).
    private let offsets: ContiguousArray<Int32>?
    private var values: ContiguousArray<Value?> = []
    /// The frame holding `self`, `super` and the object locals for each literal layer.
    private var frames: ContiguousArray<Frame?> = []
    private var assertsState: UInt8 = 0
    private var merged: [Int32: (layer: Int32, index: Int32)]?
    private var visibleCache: [Int32]?

    init(layers: ContiguousArray<ObjectLayer>) {
        self.layers = layers
        if layers.count > 1 {
            var o = ContiguousArray<Int32>()
            o.reserveCapacity(layers.count)
            var total: Int32 = 0
            for l in layers {
                o.append(total)
                total += Int32(l.names.count)
            }
            offsets = o
        } else {
            offsets = nil
        }
    }

    convenience init(layer: ObjectLayer) {
        self.init(layers: [layer])
    }

    /// `a + b`.
    static func extend(_ a: ObjectValue, with b: ObjectValue) -> ObjectValue {
        var l = a.layers
        l.append(contentsOf: b.layers)
        return ObjectValue(layers: l)
    }

    private var totalFields: Int {
        if let o = offsets { return Int(o[o.count - 1]) + layers[layers.count - 1].names.count }
        return layers[0].names.count
    }

    // MARK: lookup

    /// The topmost layer defining `name`, and the field's position there.
    @inline(__always)
    func lookup(_ name: Int32) -> (layer: Int, index: Int)? {
        if layers.count == 1 {
            let i = layers[0].find(name)
            return i >= 0 ? (0, i) : nil
        }
        return lookup(name, below: layers.count)
    }

    /// The topmost layer under `below` defining `name`.
    func lookup(_ name: Int32, below: Int) -> (layer: Int, index: Int)? {
        if below == layers.count && layers.count > 4 {
            if merged == nil { buildMerged() }
            if let e = merged![name] { return (Int(e.layer), Int(e.index)) }
            return nil
        }
        var k = below - 1
        while k >= 0 {
            let i = layers[k].find(name)
            if i >= 0 { return (k, i) }
            k -= 1
        }
        return nil
    }

    private func buildMerged() {
        var m: [Int32: (layer: Int32, index: Int32)] = [:]
        for (k, l) in layers.enumerated() {
            for (i, n) in l.names.enumerated() { m[n] = (Int32(k), Int32(i)) }
        }
        merged = m
    }

    func hasField(_ name: Int32) -> Bool { lookup(name) != nil }

    /// Whether `name` exists and is visible (not hidden by `::` in its topmost defining layer).
    func isVisible(_ name: Int32) -> Bool? {
        var k = layers.count - 1
        var found = false
        while k >= 0 {
            let l = layers[k]
            let i = l.find(name)
            if i >= 0 {
                found = true
                switch l.visibility[i] {
                case .hidden: return false
                case .visible: return true
                case .inherit: break
                }
            }
            k -= 1
        }
        return found ? true : nil
    }

    /// Where the value of field `name` is written: the body of its topmost definition (nil
    /// for fields the runtime built).
    func definitionRange(_ name: Int32) -> SourceRange? {
        guard let (k, i) = lookup(name) else { return nil }
        let l = layers[k]
        switch l.source {
        case .literal(let node, _): return node.fields[Int(l.bodyIndex?[i] ?? Int32(i))].body.range
        case .comprehension(let node, _): return node.body.range
        case .values: return nil
        }
    }

    /// Field names visible in the output, sorted by code point.
    func visibleFields(_ vm: Evaluator) -> [Int32] {
        if let c = visibleCache { return c }
        var result: [Int32]
        if layers.count == 1 {
            let l = layers[0]
            result = []
            result.reserveCapacity(l.names.count)
            for (i, n) in l.names.enumerated() where l.visibility[i] != .hidden { result.append(n) }
        } else {
            var seen = Set<Int32>()
            result = []
            for l in layers { for n in l.names where seen.insert(n).inserted { if isVisible(n) == true { result.append(n) } } }
        }
        let names = vm.names
        result.sort { codepointLess(names.string($0), names.string($1)) }
        visibleCache = result
        return result
    }

    /// All field names, hidden ones included, sorted by code point.
    func allFields(_ vm: Evaluator) -> [Int32] {
        var seen = Set<Int32>()
        var result: [Int32] = []
        for l in layers { for n in l.names where seen.insert(n).inserted { result.append(n) } }
        let names = vm.names
        result.sort { codepointLess(names.string($0), names.string($1)) }
        return result
    }

    // MARK: field values

    /// The value of field `name` as seen through this object, or nil if there is none.
    /// `site` is the expression asking (shown in traces).
    @inline(__always)
    func field(_ name: Int32, _ vm: Evaluator, site: Node?) throws(RuntimeError) -> Value? {
        guard let (k, i) = lookup(name) else { return nil }
        return try fieldValue(layer: k, index: i, vm, site: site)
    }

    /// `super.name` from code in layer `from`.
    func superField(_ name: Int32, from: Int, _ vm: Evaluator, site: Node?) throws(RuntimeError) -> Value? {
        guard let (k, i) = lookup(name, below: from) else { return nil }
        return try fieldValue(layer: k, index: i, vm, site: site)
    }

    func fieldValue(layer k: Int, index i: Int, _ vm: Evaluator, site: Node?) throws(RuntimeError) -> Value {
        let slot = (offsets.map { Int($0[k]) } ?? 0) + i
        if values.isEmpty {
            values = ContiguousArray(repeating: nil, count: totalFields)
        } else if let v = values[slot] {
            return v
        }
        if assertsState == 0 {
            try vm.push(site: site)
            try checkAssertions(vm, fromManifest: false)
            vm.pop()
        }
        let v = try computeField(layer: k, index: i, vm, site: site)
        values[slot] = v
        return v
    }

    private func computeField(layer k: Int, index i: Int, _ vm: Evaluator, site: Node?) throws(RuntimeError) -> Value {
        let l = layers[k]
        switch l.source {
        case .values(let vals):
            return try vals[i].force(vm, site: site)
        case .literal(let node, _):
            let def = node.fields[Int(l.bodyIndex?[i] ?? Int32(i))]
            let frame = try frameFor(layer: k, vm)
            return try evalBody(def.body, plusSite: def.plusSite, name: l.names[i], layer: k, frame: frame, vm, site: site)
        case .comprehension(let node, let frames):
            let frame = Frame.make(parent: frames[i], selfObject: self, layer: k, size: node.frameSize)
            bindLocals(node.locals, in: frame)
            return try evalBody(node.body, plusSite: node.plusSite, name: l.names[i], layer: k, frame: frame, vm, site: site)
        }
    }

    /// Evaluates a field body; `plusSite` is set for `f+: e`, which means `super.f + e` when
    /// super has `f` (go-jsonnet shows the body's evaluation under a `+:` context).
    private func evalBody(_ body: Node, plusSite: Node?, name: Int32, layer k: Int, frame: Frame,
                          _ vm: Evaluator, site: Node?) throws(RuntimeError) -> Value {
        try vm.push(site: site)
        defer { vm.pop() }
        guard let plusSite = plusSite else { return try body.eval(frame, vm) }
        try vm.push(site: plusSite)
        let rhs: Value
        do {
            rhs = try body.eval(frame, vm)
        } catch {
            vm.pop()
            throw error
        }
        vm.pop()
        guard let lhs = try superField(name, from: k, vm, site: plusSite) else { return rhs }
        return try Operators.add(lhs, rhs, vm, site: plusSite)
    }

    /// The frame for code of literal layer `k` with this object as `self`.
    private func frameFor(layer k: Int, _ vm: Evaluator) throws(RuntimeError) -> Frame {
        if frames.isEmpty { frames = ContiguousArray(repeating: nil, count: layers.count) }
        if let f = frames[k] { return f }
        guard case .literal(let node, let captured) = layers[k].source else { fatalError("not a literal layer") }
        let f = Frame.make(parent: captured, selfObject: self, layer: k, size: node.frameSize)
        bindLocals(node.locals, in: f)
        frames[k] = f
        return f
    }

    private func bindLocals(_ locals: [LocalBinding], in f: Frame) {
        for b in locals { f.slots[b.slot] = b.bind(in: f) }
    }

    /// Runs the `assert`s of every layer once for this object.
    /// go-jsonnet checks an object's assertions before reporting that a field is missing.
    func checkAssertionsBeforeMissingField(_ vm: Evaluator, site: Node) throws(RuntimeError) {
        guard assertsState == 0 else { return }
        try vm.push(site: site)
        try checkAssertions(vm, fromManifest: false)
        vm.pop()
    }

    /// Manifestation shows the checks under a `Checking object assertions` frame; field access
    /// under the accessing expression.
    func checkAssertions(_ vm: Evaluator, fromManifest: Bool) throws(RuntimeError) {
        guard assertsState == 0 else { return }
        assertsState = 1
        var any = false
        for l in layers where l.hasAsserts { any = true; break }
        if !any { return }
        if fromManifest { try vm.pushPseudo(TraceName.checkingAsserts) }
        defer { if fromManifest { vm.pop() } }
        // The top layer's assertions run first, as in go-jsonnet.
        for k in stride(from: layers.count - 1, through: 0, by: -1) {
            let l = layers[k]
            guard case .literal(let node, _) = l.source, !node.asserts.isEmpty else { continue }
            let frame = try frameFor(layer: k, vm)
            for a in node.asserts {
                let c = try a.cond.eval(frame, vm)
                guard case .bool(let ok) = c else {
                    throw vm.typeError(c, expected: "boolean", at: a.site)
                }
                if !ok {
                    if let m = a.message {
                        let mv = try m.eval(frame, vm)
                        throw vm.error(try assertMessage(mv, site: a.site, vm), at: a.site)
                    }
                    throw vm.error("Object assertion failed.", at: a.site)
                }
            }
        }
    }
}
