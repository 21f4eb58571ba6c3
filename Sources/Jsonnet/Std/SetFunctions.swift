/// std set functions: `set`, `setInter`, `setUnion`, `setDiff`, `setMember`.
///
/// go-jsonnet implements them in Jsonnet (std.jsonnet): `set` is `uniq(sort(arr, keyF), keyF)`,
/// the others are linear merges of sorted arrays that trust their input (unsorted input gives
/// whatever the merge gives), call `keyF` for every comparison, index strings and objects
/// like arrays, and combine the rest with `+`. This reproduces those merges step by step,
/// including the stack frames their errors show.
enum SetFunctions {
    typealias T = ArrayTrace
    typealias KeyFunction = SortFunctions.KeyFunction

    private nonisolated(unsafe) static let setBody = T.at("1490:5-40", T.fn)
    private nonisolated(unsafe) static let setSort = T.at("1490:14-33", T.thunk)
    private nonisolated(unsafe) static let setArr = T.at("1490:23-26", "thunk from <thunk from <function <anonymous>>>")
    private nonisolated(unsafe) static let setKeyF = T.at("1490:28-32", "thunk from <thunk from <function <anonymous>>>")
    private nonisolated(unsafe) static let memberKeyF = T.at("1494:39-43", "thunk from <thunk from <function <anonymous>>>")
    private nonisolated(unsafe) static let uniqBody = T.at("1487:5-26", T.fn)
    private nonisolated(unsafe) static let uniqArr = T.at("1487:18-21", T.thunk)
    private nonisolated(unsafe) static let memberBody = T.at("1494:5-45", T.fn)
    private nonisolated(unsafe) static let memberInter = T.at("1494:16-44", T.thunk)
    private nonisolated(unsafe) static let memberX = T.at("1494:30-31", "thunk from <thunk from <thunk from <function <anonymous>>>>")
    private nonisolated(unsafe) static let memberArr = T.at("1494:34-37", "thunk from <thunk from <function <anonymous>>>")

    static func register(_ std: StdLibrary) {
        let keyF = Builtin.Param(name: "keyF", defaultValue: SortFunctions.jsonnetIdentity)
        func params(_ names: String...) -> [Builtin.Param] { names.map { .init(name: $0, defaultValue: nil) } + [keyF] }

        std.add(Builtin("set", params("arr"), lazy: { a, vm, site throws(RuntimeError) in
            // uniq(sort(arr, keyF), keyF): uniq's fold forces the sorted array.
            let sortFrames: [Node] = [site, setBody, uniqBody, uniqArr]
            let sorted = try T.within(vm, sortFrames) { () throws(RuntimeError) -> Value in
                let av = try T.force(a[0], vm, frames: [setSort], site: setArr)
                let arr = try vm.array(av, setSort)
                let kv = try T.force(a[1], vm, frames: [setSort], site: setKeyF)
                let key = try KeyFunction(kv, vm, setSort)
                return .array(ArrayValue(try SortFunctions.sort(arr.elements, key: key, vm, site: setSort)))
            }
            return try SortFunctions.uniq(sorted, keyF: a[1], vm, outer: [site, setBody])
        }))
        std.add(Builtin("setInter", params("a", "b"), lazy: { a, vm, site throws(RuntimeError) in
            var m = Merge(kind: .inter, keyF: a[2], vm: vm, outer: [site])
            return try m.run(a[0], a[1])
        }))
        std.add(Builtin("setUnion", params("a", "b"), lazy: { a, vm, site throws(RuntimeError) in
            var m = Merge(kind: .union, keyF: a[2], vm: vm, outer: [site])
            return try m.run(a[0], a[1])
        }))
        std.add(Builtin("setDiff", params("a", "b"), lazy: { a, vm, site throws(RuntimeError) in
            var m = Merge(kind: .diff, keyF: a[2], vm: vm, outer: [site])
            return try m.run(a[0], a[1])
        }))
        std.add(Builtin("setMember", params("x", "arr"), lazy: { a, vm, site throws(RuntimeError) in
            // std.length(std.setInter([x], arr, keyF)) > 0
            let x: Lazy
            if case .pending(let t) = a[0], t.value == nil {
                x = .pending(Thunk(node: ForceNode(a[0], site: memberX), frame: CallThunk.frame))
            } else {
                x = a[0]
            }
            let single = Lazy.ready(.array(ArrayValue([x])))
            var m = Merge(kind: .inter, keyF: T.via(a[2], memberKeyF), vm: vm, outer: [site, memberBody, memberInter], bSite: memberArr)
            let r = try m.run(single, a[1])
            guard case .array(let arr) = r else { return .false }
            return .bool(arr.count > 0)
        }))
    }

    /// The locations of one of go-jsonnet's merge functions.
    struct Locations {
        let entry: SiteNode
        let aArg: SiteNode, bArg: SiteNode
        let lengthA: SiteNode, lengthB: SiteNode
        let lengthAArg: SiteNode, lengthBArg: SiteNode
        let keyForce: SiteNode
        /// `keyF(a[i])` / `keyF(b[j])`: the call, the index expression; for `setUnion` the
        /// local (`ak`/`bk`) whose use forces it.
        let keyA: SiteNode, indexA: SiteNode, useA: SiteNode?
        let keyB: SiteNode, indexB: SiteNode, useB: SiteNode?
        let equals: SiteNode
        let less: SiteNode
        let tailEqual: SiteNode, tailLess: SiteNode, tailGreater: SiteNode
        let restA: SiteNode, restB: SiteNode
        /// The `a[i]` of `acc + [a[i]]` when keys are equal.
        let keptEqual: SiteNode
    }

    enum Kind { case inter, union, diff }

    private static let aux = "function <aux>"
    private static let auxThunk = "thunk from <function <aux>>"

    nonisolated(unsafe) static let interLocations = Locations(
        entry: T.at("1525:5-24", T.fn), aArg: T.at("1525:9-10", T.thunk), bArg: T.at("1525:12-13", T.thunk),
        lengthA: T.at("1516:15-28", aux), lengthB: T.at("1516:37-50", aux),
        lengthAArg: T.at("1516:26-27", auxThunk), lengthBArg: T.at("1516:48-49", auxThunk),
        keyForce: T.at("1519:12-16", aux),
        keyA: T.at("1519:12-22", aux), indexA: T.at("1519:17-21", auxThunk), useA: nil,
        keyB: T.at("1519:26-36", aux), indexB: T.at("1519:31-35", auxThunk), useB: nil,
        equals: T.at("1519:12-36", aux), less: T.at("1521:17-40", aux),
        tailEqual: T.at("1520:11-48", aux), tailLess: T.at("1522:11-35", aux), tailGreater: T.at("1524:11-35", aux),
        restA: T.at("1516:54-57", aux), restB: T.at("1516:54-57", aux),
        keptEqual: T.at("1520:42-46", "thunk from <thunk from <function <aux>>>"))
    nonisolated(unsafe) static let diffLocations = Locations(
        entry: T.at("1540:5-24", T.fn), aArg: T.at("1540:9-10", T.thunk), bArg: T.at("1540:12-13", T.thunk),
        lengthA: T.at("1529:15-28", aux), lengthB: T.at("1531:20-33", aux),
        lengthAArg: T.at("1529:26-27", auxThunk), lengthBArg: T.at("1531:31-32", auxThunk),
        keyForce: T.at("1534:12-16", aux),
        keyA: T.at("1534:12-22", aux), indexA: T.at("1534:17-21", auxThunk), useA: nil,
        keyB: T.at("1534:26-36", aux), indexB: T.at("1534:31-35", auxThunk), useB: nil,
        equals: T.at("1534:12-36", aux), less: T.at("1536:17-40", aux),
        tailEqual: T.at("1535:11-39", aux), tailLess: T.at("1537:11-44", aux), tailGreater: T.at("1539:11-35", aux),
        restA: T.at("1532:15-20", ""), restB: T.at("1532:15-20", ""),
        keptEqual: T.at("1535:11-39", aux))
    nonisolated(unsafe) static let unionLocations = Locations(
        entry: T.at("1512:5-24", T.fn), aArg: T.at("1512:9-10", T.thunk), bArg: T.at("1512:12-13", T.thunk),
        lengthA: T.at("1499:15-28", aux), lengthB: T.at("1501:20-33", aux),
        lengthAArg: T.at("1499:26-27", auxThunk), lengthBArg: T.at("1501:31-32", auxThunk),
        keyForce: T.at("1504:20-24", "thunk <ak> from <function <aux>>"),
        keyA: T.at("1504:20-30", "thunk <ak> from <function <aux>>"),
        indexA: T.at("1504:25-29", "thunk from <thunk <ak> from <function <aux>>>"), useA: T.at("1506:12-14", aux),
        keyB: T.at("1505:20-30", "thunk <bk> from <function <aux>>"),
        indexB: T.at("1505:25-29", "thunk from <thunk <bk> from <function <aux>>>"), useB: T.at("1506:18-20", aux),
        equals: T.at("1506:12-20", aux), less: T.at("1508:17-24", aux),
        tailEqual: T.at("1507:11-48", aux), tailLess: T.at("1509:11-44", aux), tailGreater: T.at("1511:11-44", aux),
        restA: T.at("1502:15-20", ""), restB: T.at("1500:15-20", ""),
        keptEqual: T.at("1507:42-46", "thunk from <thunk from <function <aux>>>"))

    /// One run of a merge: `aux(a, b, i, j, acc)` of go-jsonnet, as a loop. The stack holds the
    /// caller's frames, the function's frame and the frame of the latest (tail) call of `aux`.
    struct Merge {
        let kind: Kind
        let keyF: Lazy
        let vm: Evaluator
        let outer: [Node]
        let loc: Locations
        /// Where `b` is forced when it comes from another std function (`setMember`).
        let bSite: SiteNode?
        var key: KeyFunction?
        /// Entries pushed on the stack by this run.
        var pushed = 0

        init(kind: Kind, keyF: Lazy, vm: Evaluator, outer: [Node], bSite: SiteNode? = nil) {
            self.kind = kind
            self.keyF = keyF
            self.vm = vm
            self.outer = outer
            self.bSite = bSite
            switch kind {
            case .inter: loc = interLocations
            case .diff: loc = diffLocations
            case .union: loc = unionLocations
            }
        }

        mutating func run(_ aLazy: Lazy, _ bLazy: Lazy) throws(RuntimeError) -> Value {
            try vm.pushAll(outer)
            pushed = outer.count
            defer { for _ in 0..<pushed { vm.pop() } }
            try push(loc.entry)
            let a: Value, b: Value
            if kind == .union {
                // Forced by the first `std.length` calls.
                a = try force(aLazy, frames: [loc.lengthA, loc.lengthAArg], site: loc.aArg)
                if try length(a, at: loc.lengthA) == 0 {
                    b = try force(bLazy, frames: [loc.lengthB, loc.lengthBArg], site: loc.bArg)
                    return try rest(b, 0, .array(ArrayValue.empty), at: loc.restB)
                }
                b = try force(bLazy, frames: [loc.lengthB, loc.lengthBArg], site: loc.bArg)
                // `aux` runs in a frame of its own, entered at the first tail call.
            } else {
                // A `tailstrict` call: both arguments are forced at the entry.
                a = try force(aLazy, frames: [], site: loc.aArg)
                b = try bSite == nil ? force(bLazy, frames: [], site: loc.bArg)
                    : force(bLazy, frames: [loc.bArg], site: bSite!)
            }
            var acc = ContiguousArray<Lazy>()
            var i = 0, j = 0
            var auxFrame = kind == .union ? false : true
            while true {
                let la = try length(a, at: loc.lengthA)
                if i >= la {
                    switch kind {
                    case .inter, .diff: return .array(ArrayValue(acc))
                    case .union:
                        if auxFrame { popTop() }
                        return try rest(b, j, .array(ArrayValue(acc)), at: loc.restB)
                    }
                }
                let lb = try length(b, at: loc.lengthB)
                if j >= lb {
                    switch kind {
                    case .inter: return .array(ArrayValue(acc))
                    case .diff, .union:
                        if auxFrame { popTop() }
                        return try rest(a, i, .array(ArrayValue(acc)), at: loc.restA)
                    }
                }
                let ka = try keyOf(a, i, call: loc.keyA, index: loc.indexA, use: loc.useA)
                let kb = try keyOf(b, j, call: loc.keyB, index: loc.indexB, use: loc.useB)
                let next: SiteNode
                if try Operators.equals(ka, kb, vm, site: loc.equals) {
                    if kind != .diff { acc.append(T.via(element(a, i), loc.keptEqual)) }
                    i += 1
                    j += 1
                    next = loc.tailEqual
                } else {
                    // setInter and setDiff call keyF again for `<`; setUnion uses its locals.
                    var ka2 = ka, kb2 = kb
                    if kind != .union, case .function = key! {
                        ka2 = try keyOf(a, i, call: loc.keyA, index: loc.indexA, use: nil)
                        kb2 = try keyOf(b, j, call: loc.keyB, index: loc.indexB, use: nil)
                    }
                    if try Operators.compare(ka2, kb2, vm, site: loc.less) < 0 {
                        if kind != .inter { acc.append(element(a, i)) }
                        i += 1
                        next = loc.tailLess
                    } else {
                        if kind == .union { acc.append(element(b, j)) }
                        j += 1
                        next = loc.tailGreater
                    }
                }
                if auxFrame { popTop() }
                try push(next)
                auxFrame = true
            }
        }

        private mutating func push(_ site: Node) throws(RuntimeError) {
            try vm.push(site: site)
            pushed += 1
        }

        private mutating func popTop() {
            vm.pop()
            pushed -= 1
        }

        private func force(_ l: Lazy, frames: [Node], site: Node) throws(RuntimeError) -> Value {
            try T.force(l, vm, frames: frames, site: site)
        }

        /// `std.length(v)` at `site`.
        private func length(_ v: Value, at site: Node) throws(RuntimeError) -> Int {
            switch v {
            case .array(let arr): return arr.count
            case .string(let s): return s.scalarCount
            case .object(let o): return o.visibleFields(vm).count
            case .function(let f):
                if let b = f.builtin { return b.params.reduce(0) { $0 + ($1.optional ? 0 : 1) } }
                return f.requiredParameterCount
            default: throw vm.error("Unexpected type \(v.typeName)", at: site)
            }
        }

        /// `v[i]` as an element (lazy for arrays).
        private func element(_ v: Value, _ i: Int) -> Lazy {
            switch v {
            case .array(let arr): return arr[i]
            case .string(let s): return .ready(.string(JString(String(Character(s.scalar(at: i))))))
            default:
                return .pending(Thunk(node: IndexFailureNode(container: v, index: i, site: loc.indexA), frame: CallThunk.frame))
            }
        }

        /// `keyF(v[i])` called at `call`; `use` is where setUnion's local forces it.
        private mutating func keyOf(_ v: Value, _ i: Int, call: SiteNode, index: SiteNode, use: SiteNode?) throws(RuntimeError) -> Value {
            if let u = use { try push(u) }
            defer { if use != nil { popTop() } }
            if key == nil {
                let kv = try keyF.force(vm, site: loc.keyForce)
                guard case .function(let f) = kv else { throw vm.typeError(kv, expected: "function", at: call) }
                key = KeyFunction(f)
            }
            switch v {
            case .array(let arr):
                switch key! {
                case .identity: return try T.force(arr[i], vm, frames: [call], site: index)
                case .jsonnetIdentity: return try T.force(arr[i], vm, frames: [call, SortFunctions.idBody], site: index)
                case .function(let f): return try vm.call(f, one: T.via(arr[i], index), site: call)
                }
            case .string(let s):
                let c = Value.string(JString(String(Character(s.scalar(at: i)))))
                if case .function(let f) = key! { return try vm.call(f, one: .ready(c), site: call) }
                return c
            default:
                // Objects and functions cannot be indexed by number: the index expression fails
                // when (and if) it is evaluated.
                let failing = Lazy.pending(Thunk(node: IndexFailureNode(container: v, index: i, site: index), frame: CallThunk.frame))
                switch key! {
                case .identity: return try failing.force(vm, site: call)
                case .jsonnetIdentity: return try T.force(failing, vm, frames: [call], site: SortFunctions.idBody)
                case .function(let f): return try vm.call(f, one: failing, site: call)
                }
            }
        }

        /// `acc + v[i:]`, the end of a merge (the `aux` frame is gone: a tail call).
        private func rest(_ v: Value, _ i: Int, _ acc: Value, at site: SiteNode) throws(RuntimeError) -> Value {
            switch v {
            case .array, .string: break
            default:
                // Slicing.slice's error, with `site`'s std location.
                throw RuntimeError(message: "std.slice accepts a string or an array, but got: \(v.typeName)",
                                   trace: [TraceLine(location: StdSite.sliceNotIndexable.rawValue, name: ""), site.traceLine]
                                       + vm.traceLines(errorSite: nil))
            }
            let tail = T.slicedElements(try Slicing.slice(v, .number(Double(i)), .null, .null, vm, site: site, desugared: true))
            return try Operators.add(acc, tail, vm, site: site)
        }
    }
}

/// Forces another lazy value on behalf of `site` (a variable of std.jsonnet code that refers
/// to an argument).
final class ForceNode: Node {
    let value: Lazy
    let site: Node

    init(_ value: Lazy, site: Node) {
        self.value = value
        self.site = site
        super.init(SiteNode.nowhere.range)
    }

    override func eval(_ f: Frame, _ vm: Evaluator) throws(RuntimeError) -> Value {
        try value.force(vm, site: site)
    }
}

/// `container[index]` for a container that cannot be indexed by a number: raises go-jsonnet's
/// error at `site` when evaluated.
final class IndexFailureNode: Node {
    let container: Value
    let index: Int
    let site: Node

    init(container: Value, index: Int, site: Node) {
        self.container = container
        self.index = index
        self.site = site
        super.init(SiteNode.nowhere.range)
    }

    override func eval(_ f: Frame, _ vm: Evaluator) throws(RuntimeError) -> Value {
        try IndexNode.index(container, .number(Double(index)), vm, site: site)
    }
}
