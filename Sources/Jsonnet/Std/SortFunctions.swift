/// std functions that order arrays: `sort` (go-jsonnet native) and `uniq` (go-jsonnet's
/// std.jsonnet), with the key functions and the sort shared by the set functions.
enum SortFunctions {
    typealias T = ArrayTrace

    /// The default `keyF` of go-jsonnet's native functions (`sort`, `minArray`, `maxArray`):
    /// the identity, evaluating the element at the call.
    nonisolated(unsafe) static let nativeIdentityBuiltin = Builtin("id", ["x"]) { a, _, _ in a[0] }
    nonisolated(unsafe) static let nativeIdentity = Value.function(FunctionValue(builtin: nativeIdentityBuiltin))
    /// The default `keyF` of go-jsonnet's std.jsonnet functions (`uniq`, `set`…): its Jsonnet
    /// `id` function, which evaluates the element inside its own frame (`<std>:26:26-27`).
    nonisolated(unsafe) static let jsonnetIdentityBuiltin = Builtin("id", ["x"]) { a, _, _ in a[0] }
    nonisolated(unsafe) static let jsonnetIdentity = Value.function(FunctionValue(builtin: jsonnetIdentityBuiltin))
    nonisolated(unsafe) static let idBody = T.at("26:26-27", T.fn)

    /// A `keyF` argument. The identity (the defaults, or `std.id`) is applied without a call.
    enum KeyFunction {
        case identity
        case jsonnetIdentity
        case function(FunctionValue)

        init(_ v: Value, _ vm: Evaluator, _ site: Node) throws(RuntimeError) {
            let f = try vm.function(v, site)
            self.init(f)
        }

        init(_ f: FunctionValue) {
            if let b = f.builtin {
                if b === SortFunctions.jsonnetIdentityBuiltin {
                    self = .jsonnetIdentity
                    return
                }
                if b.name == "id" {
                    self = .identity
                    return
                }
            }
            self = .function(f)
        }

        var isIdentity: Bool {
            if case .function = self { return false }
            return true
        }

        /// `keyF(e)` called at `site`.
        @inline(__always)
        func apply(_ e: Lazy, _ vm: Evaluator, site: Node) throws(RuntimeError) -> Value {
            switch self {
            case .identity:
                return try e.force(vm, site: site)
            case .jsonnetIdentity:
                return try T.force(e, vm, frames: [site], site: SortFunctions.idBody)
            case .function(let f):
                return try vm.call(f, one: e, site: site)
            }
        }
    }

    private nonisolated(unsafe) static let uniqArr = (frames: [T.at("1487:5-26", T.fn)] as [Node], site: T.at("1487:18-21", T.thunk))

    static func register(_ std: StdLibrary) {
        std.add(Builtin("sort", [.init(name: "arr", defaultValue: nil), .init(name: "keyF", defaultValue: nativeIdentity)]) {
            a, vm, site throws(RuntimeError) in
            let arr = try vm.array(a[0], site)
            let key = try KeyFunction(a[1], vm, site)
            return .array(ArrayValue(try sort(arr.elements, key: key, vm, site: site)))
        })
        std.add(Builtin("uniq", [.init(name: "arr", defaultValue: nil), .init(name: "keyF", defaultValue: jsonnetIdentity)],
                        lazy: { a, vm, site throws(RuntimeError) in
            let av = try T.force(a[0], vm, frames: [site] + uniqArr.frames, site: uniqArr.site)
            return try uniq(av, keyF: a[1], vm, outer: [site])
        }))
    }

    // MARK: uniq

    private nonisolated(unsafe) static let uniqBody = T.at("1487:5-26", T.fn)
    private nonisolated(unsafe) static let uniqKeyForce = T.at("1483:15-19", "function <f>")
    private nonisolated(unsafe) static let uniqLastCall = T.at("1483:15-41", "function <f>")
    private nonisolated(unsafe) static let uniqLastIndex = T.at("1483:20-40", "thunk from <function <f>>")
    private nonisolated(unsafe) static let uniqLastElement = T.at("1482:10-11", "thunk from <function <f>>")
    private nonisolated(unsafe) static let uniqNextCall = T.at("1483:45-52", "function <f>")
    private nonisolated(unsafe) static let uniqNextElement = T.at("1483:50-51", "thunk from <function <f>>")
    private nonisolated(unsafe) static let uniqEquals = T.at("1483:15-52", "function <f>")

    /// go-jsonnet's `uniq`: a left fold that keeps an element when `keyF` of it differs from
    /// `keyF` of the last kept one (both computed for every comparison). `outer`: the frames
    /// of the caller (the call site first).
    static func uniq(_ av: Value, keyF: Lazy, _ vm: Evaluator, outer: [Node]) throws(RuntimeError) -> Value {
        let elements: ContiguousArray<Lazy>
        switch av {
        case .array(let arr): elements = arr.elements
        case .string(let s): elements = ArrayFunctions.characters(s)
        default:
            try vm.pushAll(outer)
            defer { vm.popAll(outer) }
            throw vm.error("foldl second parameter should be string or array, got \(av.typeName)", at: uniqBody)
        }
        if elements.isEmpty { return .array(ArrayValue.empty) }
        // The first element is kept as `[b]`: a thunk of go-jsonnet's code refers to it.
        var first = elements[0]
        if case .pending(let t) = first, t.value == nil {
            first = .pending(Thunk(node: ForceNode(first, site: uniqLastElement), frame: CallThunk.frame))
        }
        if elements.count == 1 { return .array(ArrayValue([first])) }
        let frames = outer + [uniqBody]
        try vm.pushAll(frames)
        defer { vm.popAll(frames) }
        let kv = try keyF.force(vm, site: uniqKeyForce)
        guard case .function(let kf) = kv else { throw vm.typeError(kv, expected: "function", at: uniqLastCall) }
        let key = KeyFunction(kf)
        var out = ContiguousArray<Lazy>()
        out.append(first)
        for e in elements.dropFirst() {
            let last = out[out.count - 1]
            let k1: Value, k2: Value
            switch key {
            case .identity:
                k1 = try T.force(last, vm, frames: [uniqLastCall], site: uniqLastIndex)
                k2 = try T.force(e, vm, frames: [uniqNextCall], site: uniqNextElement)
            case .jsonnetIdentity:
                k1 = try T.force(last, vm, frames: [uniqLastCall, idBody], site: uniqLastIndex)
                k2 = try T.force(e, vm, frames: [uniqNextCall, idBody], site: uniqNextElement)
            case .function(let f):
                k1 = try vm.call(f, one: T.via(last, uniqLastIndex), site: uniqLastCall)
                k2 = try vm.call(f, one: T.via(e, uniqNextElement), site: uniqNextCall)
            }
            if !(try Operators.equals(k1, k2, vm, site: uniqEquals)) { out.append(e) }
        }
        return .array(ArrayValue(out))
    }

    // MARK: sort

    /// go-jsonnet's `sort`: the keys are computed first (in order), then the elements are
    /// sorted stably by them. Keys of one type use a fast merge; other keys are compared as
    /// `<` does, and an error (mixed or unorderable types) is the one go-jsonnet's sort meets
    /// first: its comparisons are replayed in the order of Go's `sort.Stable`.
    static func sort(_ elements: ContiguousArray<Lazy>, key: KeyFunction, _ vm: Evaluator, site: Node) throws(RuntimeError) -> ContiguousArray<Lazy> {
        let n = elements.count
        if n == 0 { return elements }
        var keys = [Value]()
        keys.reserveCapacity(n)
        for e in elements { keys.append(try key.apply(e, vm, site: site)) }
        if n == 1 { return elements }
        let order = try sortedOrder(keys, vm, site: site)
        var out = ContiguousArray<Lazy>()
        out.reserveCapacity(n)
        for i in order { out.append(elements[Int(i)]) }
        return out
    }

    /// The stable sorted order of `keys` (indices).
    static func sortedOrder(_ keys: [Value], _ vm: Evaluator, site: Node) throws(RuntimeError) -> [Int32] {
        let n = keys.count
        var numbers = true, strings = true
        for k in keys {
            switch k {
            case .number(let d):
                strings = false
                if d.isNaN { numbers = false }
            case .string:
                numbers = false
            default:
                numbers = false
                strings = false
            }
            if !numbers && !strings { break }
        }
        if numbers {
            var pairs = [(Double, Int32)]()
            pairs.reserveCapacity(n)
            for (i, k) in keys.enumerated() {
                guard case .number(let d) = k else { continue }
                pairs.append((d, Int32(i)))
            }
            pairs.sort { $0.0 < $1.0 || ($0.0 == $1.0 && $0.1 < $1.1) }
            return pairs.map { $0.1 }
        }
        if strings {
            var pairs = [(JString, Int32)]()
            pairs.reserveCapacity(n)
            for (i, k) in keys.enumerated() {
                guard case .string(let s) = k else { continue }
                pairs.append((s, Int32(i)))
            }
            pairs.sort {
                let c = JString.compare($0.0, $1.0)
                return c < 0 || (c == 0 && $0.1 < $1.1)
            }
            return pairs.map { $0.1 }
        }
        do {
            return try mergeSort(n) { (i, j) throws(RuntimeError) -> Bool in
                try Operators.compare(keys[Int(i)], keys[Int(j)], vm, site: site) < 0
            }
        } catch {
            // Which comparison fails first depends on the algorithm: replay go-jsonnet's.
            var sorter = GoStableSort(count: n) { (i, j) throws(RuntimeError) -> Bool in
                try Operators.compare(keys[i], keys[j], vm, site: site) < 0
            }
            try sorter.run()
            return sorter.order.map { Int32($0) }
        }
    }

    /// A stable top-down merge sort of `0..<n` by `less`.
    static func mergeSort(_ n: Int, _ less: (Int32, Int32) throws(RuntimeError) -> Bool) throws(RuntimeError) -> [Int32] {
        var a = (0..<Int32(n)).map { $0 }
        var tmp = a
        // Bottom-up, with insertion-sorted runs of 16.
        let run = 16
        var start = 0
        while start < n {
            let end = min(start + run, n)
            var i = start + 1
            while i < end {
                let x = a[i]
                var j = i
                while j > start, try less(x, a[j - 1]) {
                    a[j] = a[j - 1]
                    j -= 1
                }
                a[j] = x
                i += 1
            }
            start = end
        }
        var width = run
        while width < n {
            var lo = 0
            while lo < n {
                let mid = min(lo + width, n), hi = min(lo + 2 * width, n)
                if mid >= hi {
                    for k in lo..<hi { tmp[k] = a[k] }
                } else if !(try less(a[mid], a[mid - 1])) {
                    // Already in order.
                    for k in lo..<hi { tmp[k] = a[k] }
                } else {
                    var i = lo, j = mid, k = lo
                    while i < mid && j < hi {
                        if try less(a[j], a[i]) {
                            tmp[k] = a[j]
                            j += 1
                        } else {
                            tmp[k] = a[i]
                            i += 1
                        }
                        k += 1
                    }
                    while i < mid { tmp[k] = a[i]; i += 1; k += 1 }
                    while j < hi { tmp[k] = a[j]; j += 1; k += 1 }
                }
                lo = hi
            }
            swap(&a, &tmp)
            width *= 2
        }
        return a
    }
}

/// Go's `sort.Stable` (insertion sort of blocks of 20, then in-place SymMerge), comparing
/// the same pairs in the same order, so that the first failing comparison is the one
/// go-jsonnet reports. O(n log n) comparisons, O(n log² n) swaps: used only to find errors.
struct GoStableSort {
    var order: [Int]
    let less: (Int, Int) throws(RuntimeError) -> Bool

    init(count: Int, less: @escaping (Int, Int) throws(RuntimeError) -> Bool) {
        order = Array(0..<count)
        self.less = less
    }

    @inline(__always)
    private func lessAt(_ i: Int, _ j: Int) throws(RuntimeError) -> Bool { try less(order[i], order[j]) }

    mutating func run() throws(RuntimeError) {
        let n = order.count
        var blockSize = 20
        var a = 0, b = blockSize
        while b <= n {
            try insertionSort(a, b)
            a = b
            b += blockSize
        }
        try insertionSort(a, n)
        while blockSize < n {
            a = 0
            b = 2 * blockSize
            while b <= n {
                try symMerge(a, a + blockSize, b)
                a = b
                b += 2 * blockSize
            }
            let m = a + blockSize
            if m < n { try symMerge(a, m, n) }
            blockSize *= 2
        }
    }

    private mutating func insertionSort(_ a: Int, _ b: Int) throws(RuntimeError) {
        var i = a + 1
        while i < b {
            var j = i
            while j > a, try lessAt(j, j - 1) {
                order.swapAt(j, j - 1)
                j -= 1
            }
            i += 1
        }
    }

    private mutating func symMerge(_ a: Int, _ m: Int, _ b: Int) throws(RuntimeError) {
        if m - a == 1 {
            var i = m, j = b
            while i < j {
                let h = (i + j) >> 1
                if try lessAt(h, a) { i = h + 1 } else { j = h }
            }
            var k = a
            while k < i - 1 {
                order.swapAt(k, k + 1)
                k += 1
            }
            return
        }
        if b - m == 1 {
            var i = a, j = m
            while i < j {
                let h = (i + j) >> 1
                if !(try lessAt(m, h)) { i = h + 1 } else { j = h }
            }
            var k = m
            while k > i {
                order.swapAt(k, k - 1)
                k -= 1
            }
            return
        }
        let mid = (a + b) >> 1
        let n = mid + m
        var start: Int, r: Int
        if m > mid {
            start = n - b
            r = mid
        } else {
            start = a
            r = m
        }
        let p = n - 1
        while start < r {
            let c = (start + r) >> 1
            if !(try lessAt(p - c, c)) { start = c + 1 } else { r = c }
        }
        let end = n - start
        if start < m && m < end { rotate(start, m, end) }
        if a < start && start < mid { try symMerge(a, start, mid) }
        if mid < end && end < b { try symMerge(mid, end, b) }
    }

    private mutating func swapRange(_ a: Int, _ b: Int, _ n: Int) {
        for i in 0..<n { order.swapAt(a + i, b + i) }
    }

    private mutating func rotate(_ a: Int, _ m: Int, _ b: Int) {
        var i = m - a, j = b - m
        while i != j {
            if i > j {
                swapRange(m - i, m, j)
                i -= j
            } else {
                swapRange(m - i, m + j - i, i)
                j -= i
            }
        }
        swapRange(m - i, m, i)
    }
}
