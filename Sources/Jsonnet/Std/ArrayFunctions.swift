/// std array functions: `makeArray`, `map`, `mapWithIndex`, `filter`, `filterMap`, `flatMap`,
/// `foldl`, `foldr`, `range`, `repeat`, `slice`, `join`, `deepJoin`, `lines`, `flattenArrays`,
/// `flattenDeepArray`, `reverse`, `member`, `count`, `find`, `all`, `any`, `sum`, `avg`,
/// `minArray`, `maxArray`, `contains`, `remove`, `removeAt`. Sorting (`sort`, `uniq`) is in
/// SortFunctions.swift, sets in SetFunctions.swift.
///
/// go-jsonnet implements some of these natively (their errors point at the call) and the rest
/// in Jsonnet (std.jsonnet): those evaluate their arguments lazily, in the order that code
/// needs them, and their errors carry `<std>:line:col` frames, reproduced with `ArrayTrace`.
enum ArrayFunctions {
    static func register(_ std: StdLibrary) {
        registerNative(std)
        registerMapping(std)
        registerJoining(std)
        registerSearching(std)
    }

    typealias T = ArrayTrace

    // MARK: natives of go-jsonnet (strict arguments, errors at the call)

    private static func registerNative(_ std: StdLibrary) {
        std.add(Builtin("makeArray", ["sz", "func"]) { a, vm, site throws(RuntimeError) in
            let n = try vm.integer(a[0], site)
            let f = try vm.function(a[1], site)
            if n <= 0 { return .array(ArrayValue.empty) }
            try vm.checkArrayLength(n, site)
            var out = ContiguousArray<Lazy>()
            out.reserveCapacity(n)
            for i in 0..<n { out.append(.pending(CallThunk.make(f, one: .ready(.number(Double(i))), vm))) }
            return .array(ArrayValue(out))
        })
        std.add(Builtin("filter", ["func", "arr"]) { a, vm, site throws(RuntimeError) in
            try filter(a[0], a[1], vm, site: site)
        })
        std.add(Builtin("flatMap", ["func", "arr"]) { a, vm, site throws(RuntimeError) in
            let f = try vm.function(a[0], site)
            switch a[1] {
            case .array(let arr):
                var out = ContiguousArray<Lazy>()
                for e in arr.elements {
                    let r = try vm.call(f, one: e, site: site)
                    guard case .array(let part) = r else { throw vm.typeError(r, expected: "array", at: site) }
                    out.append(contentsOf: part.elements)
                }
                return .array(ArrayValue(out))
            case .string(let s):
                var out = ""
                for c in s.scalars {
                    let r = try vm.call(f, one: .ready(.string(JString(String(Character(c))))), site: site)
                    guard case .string(let part) = r else { throw vm.typeError(r, expected: "string", at: site) }
                    out += part.string
                }
                return .string(JString(out))
            default:
                throw vm.error("std.flatMap second param must be array / string, got \(a[1].typeName)", at: site)
            }
        })
        std.add(Builtin("foldl", ["func", "arr", "init"]) { a, vm, site throws(RuntimeError) in
            try foldl(a[0], a[1], a[2], vm, site: site, callSite: site)
        })
        std.add(Builtin("foldr", ["func", "arr", "init"]) { a, vm, site throws(RuntimeError) in
            let f = try vm.function(a[0], site)
            var acc = a[2]
            switch a[1] {
            case .array(let arr):
                for e in arr.elements.reversed() { acc = try vm.call(f, e, .ready(acc), site: site) }
            case .string(let s):
                for c in s.scalars.reversed() {
                    acc = try vm.call(f, .ready(.string(JString(String(Character(c))))), .ready(acc), site: site)
                }
            default:
                throw vm.error("foldr second parameter should be string or array, got \(a[1].typeName)", at: site)
            }
            return acc
        })
        std.add(Builtin("range", ["from", "to"]) { a, vm, site throws(RuntimeError) in
            let from = try vm.integer(a[0], site), to = try vm.integer(a[1], site)
            if to < from { return .array(ArrayValue.empty) }
            try vm.checkArrayLength(to - from + 1, site)
            var out = ContiguousArray<Lazy>()
            out.reserveCapacity(to - from + 1)
            for i in from...to { out.append(.ready(.number(Double(i)))) }
            return .array(ArrayValue(out))
        })
        std.add(Builtin("join", ["sep", "arr"]) { a, vm, site throws(RuntimeError) in
            try join(a[0], a[1], vm, site: site)
        })
        std.add(Builtin("reverse", ["arr"]) { a, vm, site throws(RuntimeError) in
            let arr = try vm.array(a[0], site)
            return .array(ArrayValue(ContiguousArray(arr.elements.reversed())))
        })
        std.add(Builtin("member", ["arr", "x"]) { a, vm, site throws(RuntimeError) in
            switch a[0] {
            case .array(let arr):
                for e in arr.elements where try Operators.equals(try e.force(vm, site: site), a[1], vm, site: site) {
                    return .true
                }
                return .false
            case .string(let s):
                let x = try vm.string(a[1], site)
                return .bool(ArrayFunctions.bytesContain(s, x))
            default:
                throw vm.error("std.member first argument must be an array or a string", at: site)
            }
        })
        std.add(Builtin("contains", ["arr", "elem"]) { a, vm, site throws(RuntimeError) in
            let arr = try vm.array(a[0], site)
            for e in arr.elements where try Operators.equals(try e.force(vm, site: site), a[1], vm, site: site) {
                return .true
            }
            return .false
        })
        std.add(Builtin("sum", ["arr"]) { a, vm, site throws(RuntimeError) in
            let arr = try vm.array(a[0], site)
            var total = 0.0
            for e in arr.elements { total += try vm.number(try e.force(vm, site: site), site) }
            return .number(total)
        })
        std.add(Builtin("avg", ["arr"]) { a, vm, site throws(RuntimeError) in
            let arr = try vm.array(a[0], site)
            if arr.count == 0 { throw vm.error("Cannot calculate average of an empty array.", at: site) }
            var total = 0.0
            for e in arr.elements { total += try vm.number(try e.force(vm, site: site), site) }
            return .number(total / Double(arr.count))
        })
        std.add(Builtin("remove", ["arr", "elem"]) { a, vm, site throws(RuntimeError) in
            let arr = try vm.array(a[0], site)
            let elements = arr.elements
            for (i, e) in elements.enumerated() where try Operators.equals(try e.force(vm, site: site), a[1], vm, site: site) {
                var out = ContiguousArray<Lazy>()
                out.reserveCapacity(elements.count - 1)
                out.append(contentsOf: elements[..<i])
                out.append(contentsOf: elements[(i + 1)...])
                return .array(ArrayValue(out))
            }
            return a[0]
        })
        std.add(Builtin("removeAt", ["arr", "i"]) { a, vm, site throws(RuntimeError) in
            let arr = try vm.array(a[0], site)
            let i = try vm.integer(a[1], site)
            let n = arr.count
            // go-jsonnet slices its Go array without a bounds check and crashes.
            if i < 0 { throw goCrash("slice bounds out of range [:\(i)]") }
            if i > n { throw goCrash("slice bounds out of range [:\(i)] with capacity \(n)") }
            if i == n { throw goCrash("slice bounds out of range [\(i + 1):\(n)]") }
            let elements = arr.elements
            var out = ContiguousArray<Lazy>()
            out.reserveCapacity(n - 1)
            out.append(contentsOf: elements[..<i])
            out.append(contentsOf: elements[(i + 1)...])
            return .array(ArrayValue(out))
        })
        let keyF = Builtin.Param(name: "keyF", defaultValue: SortFunctions.nativeIdentity)
        let onEmpty = Builtin.Param(name: "onEmpty", defaultValue: nil, optional: true)
        for (name, sign) in [("minArray", 1), ("maxArray", -1)] {
            std.add(Builtin(name, [Builtin.Param(name: "arr", defaultValue: nil), keyF, onEmpty]) { a, vm, site throws(RuntimeError) in
                let arr = try vm.array(a[0], site)
                let key = try SortFunctions.KeyFunction(a[1], vm, site)
                if arr.count == 0 {
                    if a.count > 2 { return a[2] }
                    throw vm.error("Expected at least one element in array. Got none", at: site)
                }
                // Each element is evaluated, then its key computed.
                let elements = arr.elements
                var best = try elements[0].force(vm, site: site)
                var bestKey = try key.apply(.ready(best), vm, site: site)
                for e in elements.dropFirst() {
                    let v = try e.force(vm, site: site)
                    let k = try key.apply(.ready(v), vm, site: site)
                    if try Operators.compare(bestKey, k, vm, site: site) * sign > 0 {
                        best = v
                        bestKey = k
                    }
                }
                return best
            })
        }
    }

    /// An error go-jsonnet reports as an internal crash (a Go runtime panic).
    static func goCrash(_ message: String) -> RuntimeError {
        RuntimeError(message: message, trace: [], staticText:
            "INTERNAL ERROR: (CRASH) runtime error: \(message)\n\nPlease report a bug here: https://github.com/google/go-jsonnet/issues\n")
    }

    /// go-jsonnet's native `filter`: the array is checked first, then the function.
    static func filter(_ fv: Value, _ av: Value, _ vm: Evaluator, site: Node) throws(RuntimeError) -> Value {
        let arr = try vm.array(av, site)
        let f = try vm.function(fv, site)
        var out = ContiguousArray<Lazy>()
        for e in arr.elements {
            let keep = try vm.call(f, one: e, site: site)
            guard case .bool(let b) = keep else { throw vm.typeError(keep, expected: "boolean", at: site) }
            if b { out.append(e) }
        }
        return .array(ArrayValue(out))
    }

    /// go-jsonnet's native `foldl`. `callSite` is where calls of `func` are made from.
    static func foldl(_ fv: Value, _ av: Value, _ initial: Value, _ vm: Evaluator, site: Node,
                      callSite: Node) throws(RuntimeError) -> Value {
        let f = try vm.function(fv, site)
        var acc = initial
        switch av {
        case .array(let arr):
            for e in arr.elements { acc = try vm.call(f, .ready(acc), e, site: callSite) }
        case .string(let s):
            for c in s.scalars { acc = try vm.call(f, .ready(acc), .ready(.string(JString(String(Character(c))))), site: callSite) }
        default:
            throw vm.error("foldl second parameter should be string or array, got \(av.typeName)", at: site)
        }
        return acc
    }

    /// go-jsonnet's native `join`: the array is checked first, then each element in turn
    /// (nulls are skipped).
    static func join(_ sepValue: Value, _ arrValue: Value, _ vm: Evaluator, site: Node,
                     forceSite: Node? = nil) throws(RuntimeError) -> Value {
        let arr = try vm.array(arrValue, site)
        let fs = forceSite ?? site
        switch sepValue {
        case .string(let sep):
            var out = ""
            var first = true
            let sepString = sep.string
            for e in arr.elements {
                let v = try e.force(vm, site: fs)
                if case .null = v { continue }
                guard case .string(let s) = v else { throw vm.typeError(v, expected: "string", at: site) }
                if !first { out += sepString }
                first = false
                out += s.string
            }
            return .string(JString(out))
        case .array(let sep):
            var out = ContiguousArray<Lazy>()
            var first = true
            for e in arr.elements {
                let v = try e.force(vm, site: fs)
                if case .null = v { continue }
                guard case .array(let part) = v else { throw vm.typeError(v, expected: "array", at: site) }
                if !first { out.append(contentsOf: sep.elements) }
                first = false
                out.append(contentsOf: part.elements)
            }
            return .array(ArrayValue(out))
        default:
            throw vm.error("join first parameter should be string or array, got \(sepValue.typeName)", at: site)
        }
    }

    /// Whether `needle` occurs in `hay` (byte-wise, i.e. by code points), in linear time.
    static func bytesContain(_ hay: JString, _ needle: JString) -> Bool {
        let m = needle.utf8Count, n = hay.utf8Count
        if m == 0 { return true }
        if m > n { return false }
        var h = hay.string, p = needle.string
        return h.withUTF8 { hb in
            p.withUTF8 { pb in
                // Knuth–Morris–Pratt.
                var fail = [Int](repeating: 0, count: m)
                var k = 0
                for i in 1..<m {
                    while k > 0 && pb[i] != pb[k] { k = fail[k - 1] }
                    if pb[i] == pb[k] { k += 1 }
                    fail[i] = k
                }
                k = 0
                for i in 0..<n {
                    while k > 0 && hb[i] != pb[k] { k = fail[k - 1] }
                    if hb[i] == pb[k] { k += 1 }
                    if k == m { return true }
                }
                return false
            }
        }
    }

    // MARK: map, mapWithIndex, filterMap, flattenArrays, flattenDeepArray (std.jsonnet)

    private nonisolated(unsafe) static let mapFunc = T.typeCheck(.function, call: "275:9-29", arg: "275:24-28")
    private nonisolated(unsafe) static let mapArr = T.typeCheck(.array, call: "277:14-30", arg: "277:26-29")
    private nonisolated(unsafe) static let mapWithIndexFunc = T.typeCheck(.function, call: "283:9-29", arg: "283:24-28")
    private nonisolated(unsafe) static let mapWithIndexArr = T.typeCheck(.array, call: "285:14-30", arg: "285:26-29")
    private nonisolated(unsafe) static let mapWithIndexCall = T.at("288:50-65", T.fn)
    private nonisolated(unsafe) static let mapWithIndexElement = T.at("288:58-64", T.thunk)
    private nonisolated(unsafe) static let mapElement = T.at("280:55-61", T.thunk)
    private nonisolated(unsafe) static let filterMapFilter = T.typeCheck(.function, call: "844:9-36", arg: "844:24-35")
    private nonisolated(unsafe) static let filterMapMap = T.typeCheck(.function, call: "846:14-38", arg: "846:29-37")
    private nonisolated(unsafe) static let filterMapArr = T.typeCheck(.array, call: "848:14-30", arg: "848:26-29")
    private nonisolated(unsafe) static let filterMapBody = T.at("851:7-54", T.fn)
    private nonisolated(unsafe) static let filterMapFilterCall = T.at("851:25-53", T.thunk)
    private nonisolated(unsafe) static let flattenBody = T.at("901:5-46", T.fn)
    private nonisolated(unsafe) static let flattenArg = T.at("901:37-41", T.thunk)
    private nonisolated(unsafe) static let flattenElement = T.at("901:34-35", T.fn)
    private nonisolated(unsafe) static let flattenPlus = T.at("901:30-35", T.fn)

    private static func registerMapping(_ std: StdLibrary) {
        std.add(Builtin("map", [.init(name: "func", defaultValue: nil), .init(name: "arr", defaultValue: nil)],
                        lazy: { a, vm, site throws(RuntimeError) in
            let fv = try mapFunc.force(a[0], vm, callSite: site)
            guard case .function(let f) = fv else {
                throw vm.stdError("std.map first param must be function, got \(fv.typeName)", in: .mapFunction, calledFrom: site)
            }
            let av = try mapArr.force(a[1], vm, callSite: site)
            return try map(f, av, vm, site: site, [])
        }))
        std.add(Builtin("mapWithIndex", [.init(name: "func", defaultValue: nil), .init(name: "arr", defaultValue: nil)],
                        lazy: { a, vm, site throws(RuntimeError) in
            let fv = try mapWithIndexFunc.force(a[0], vm, callSite: site)
            guard case .function(let f) = fv else {
                throw vm.stdError("std.mapWithIndex first param must be function, got \(fv.typeName)",
                                  frames: [("<std>:284:7-85", T.fn)], calledFrom: site)
            }
            let av = try mapWithIndexArr.force(a[1], vm, callSite: site)
            let elements: ContiguousArray<Lazy>
            switch av {
            case .array(let arr): elements = arr.elements
            case .string(let s): elements = characters(s)
            default:
                throw vm.stdError("std.mapWithIndex second param must be array, got \(av.typeName)",
                                  frames: [("<std>:286:7-82", T.fn)], calledFrom: site)
            }
            var out = ContiguousArray<Lazy>()
            out.reserveCapacity(elements.count)
            let sites = [SiteNode.nowhere, mapWithIndexCall]
            for (i, e) in elements.enumerated() {
                out.append(.pending(CallThunk.make(f, [.ready(.number(Double(i))), T.via(e, mapWithIndexElement)], vm, sites: sites)))
            }
            return .array(ArrayValue(out))
        }))
        std.add(Builtin("filterMap", ["filter_func", "map_func", "arr"].map { .init(name: $0, defaultValue: nil) },
                        lazy: { a, vm, site throws(RuntimeError) in
            let ffv = try filterMapFilter.force(a[0], vm, callSite: site)
            guard case .function = ffv else {
                throw vm.stdError("std.filterMap first param must be function, got \(ffv.typeName)",
                                  frames: [("<std>:845:7-89", T.fn)], calledFrom: site)
            }
            let mfv = try filterMapMap.force(a[1], vm, callSite: site)
            guard case .function(let mf) = mfv else {
                throw vm.stdError("std.filterMap second param must be function, got \(mfv.typeName)",
                                  frames: [("<std>:847:7-87", T.fn)], calledFrom: site)
            }
            let av = try filterMapArr.force(a[2], vm, callSite: site)
            guard case .array = av else {
                throw vm.stdError("std.filterMap third param must be array, got \(av.typeName)",
                                  frames: [("<std>:849:7-78", T.fn)], calledFrom: site)
            }
            // std.map(map_func, std.filter(filter_func, arr)): the filter runs while map checks
            // its second argument.
            let filtered = try T.within(vm, [site, filterMapBody] + mapArr.frames + [mapArr.site]) { () throws(RuntimeError) -> Value in
                try filter(ffv, av, vm, site: filterMapFilterCall)
            }
            return try map(mf, filtered, vm, site: filterMapBody, [site])
        }))
        std.add(Builtin("flattenArrays", ["arrs"].map { .init(name: $0, defaultValue: nil) },
                        lazy: { a, vm, site throws(RuntimeError) in
            // std.foldl(function(a, b) a + b, arrs, [])
            let av = try T.force(a[0], vm, frames: [site, flattenBody], site: flattenArg)
            let elements: ContiguousArray<Lazy>
            switch av {
            case .array(let arr): elements = arr.elements
            case .string(let s): elements = characters(s)
            default:
                throw vm.stdError("foldl second parameter should be string or array, got \(av.typeName)",
                                  frames: [("<std>:901:5-46", T.fn)], calledFrom: site)
            }
            var buffer = ContiguousArray<Lazy>()
            var acc: Value? = nil
            for e in elements {
                let v = try T.force(e, vm, frames: [site, flattenBody], site: flattenElement)
                if acc == nil, case .array(let part) = v {
                    buffer.append(contentsOf: part.elements)
                    continue
                }
                let left = acc ?? .array(ArrayValue(buffer))
                acc = try T.within(vm, [site, flattenBody]) { () throws(RuntimeError) -> Value in
                    try Operators.add(left, v, vm, site: flattenPlus)
                }
            }
            return acc ?? .array(ArrayValue(buffer))
        }))
        std.add(Builtin("flattenDeepArray", ["value"].map { .init(name: $0, defaultValue: nil) },
                        lazy: { a, vm, site throws(RuntimeError) in
            var out = ContiguousArray<Lazy>()
            let v = try T.force(a[0], vm, frames: [site] + flattenDeepCheck.frames, site: flattenDeepCheck.site)
            try flattenDeep(v, into: &out, vm, frames: [site])
            return .array(ArrayValue(out))
        }))
    }

    /// The characters of a string as array elements.
    static func characters(_ s: JString) -> ContiguousArray<Lazy> {
        var out = ContiguousArray<Lazy>()
        out.reserveCapacity(s.scalarCount)
        for c in s.scalars { out.append(.ready(.string(JString(String(Character(c)))))) }
        return out
    }

    /// go-jsonnet's `std.map` once the function is known: each element is a call made when
    /// the element is used. `outer`: frames below map's own (when called from std code).
    private static func map(_ f: FunctionValue, _ av: Value, _ vm: Evaluator, site: Node, _ outer: [Node]) throws(RuntimeError) -> Value {
        let elements: ContiguousArray<Lazy>
        switch av {
        case .array(let arr): elements = arr.elements
        case .string(let s): elements = characters(s)
        default:
            try vm.pushAll(outer)
            defer { vm.popAll(outer) }
            throw vm.stdError("std.map second param must be array / string, got \(av.typeName)", in: .mapArray, calledFrom: site)
        }
        var out = ContiguousArray<Lazy>()
        out.reserveCapacity(elements.count)
        // go-jsonnet's map calls `f` from its std library code: traces show that frame.
        let sites = [SiteNode.nowhere, StdSite.mapCall.node]
        for e in elements { out.append(.pending(CallThunk.make(f, one: T.via(e, mapElement), vm, sites: sites))) }
        return .array(ArrayValue(out))
    }

    private nonisolated(unsafe) static let flattenDeepCheck = T.typeCheck(.array, call: "904:8-26", arg: "904:20-25")
    private nonisolated(unsafe) static let flattenDeepLevel: [Node] = [T.at("905:7-58", ""), T.at("905:7-58", ""), T.at("905:34-57", T.fn)]
    private nonisolated(unsafe) static let flattenDeepElement = T.at("905:55-56", T.thunk)

    private static func flattenDeep(_ v: Value, into out: inout ContiguousArray<Lazy>, _ vm: Evaluator, frames: [Node]) throws(RuntimeError) {
        guard case .array(let arr) = v else {
            out.append(.ready(v))
            return
        }
        if arr.count == 0 { return }
        let inner = frames + flattenDeepLevel
        try vm.pushAll(inner)
        defer { vm.popAll(inner) }
        for e in arr.elements {
            let x = try T.force(e, vm, frames: flattenDeepCheck.frames + [flattenDeepCheck.site], site: flattenDeepElement)
            if case .array = x {
                try flattenDeep(x, into: &out, vm, frames: [])
            } else {
                out.append(.ready(x))
            }
        }
    }

    // MARK: repeat, slice, deepJoin, lines (std.jsonnet)

    private nonisolated(unsafe) static let repeatBody = T.at("204:5-61", T.fn)
    private nonisolated(unsafe) static let repeatJoiner = T.at("204:14-20", T.thunk)
    private nonisolated(unsafe) static let repeatWhat = T.typeCheck(.string, call: "201:10-28", arg: "201:23-27",
                                                                 context: "thunk <joiner> from <function <anonymous>>")
    private nonisolated(unsafe) static let repeatMakeArray = T.at("204:22-60", T.thunk)
    private nonisolated(unsafe) static let repeatCount = T.at("204:36-41", "thunk from <thunk from <function <anonymous>>>")
    private nonisolated(unsafe) static let sliceStep = (frames: [T.at("232:12-22", T.fn)] as [Node], site: T.at("227:14-18", "object <invar>"))
    private nonisolated(unsafe) static let sliceIndexable = T.typeCheck(.string, call: "234:12-35", arg: "234:25-34")
    private nonisolated(unsafe) static let sliceIndex = (frames: [T.at("246:5-66", T.fn), T.at("236:10-13", "function <build>"),
                                                                  T.at("246:54-65", T.thunk)] as [Node],
                                                         site: T.at("213:14-19", "object <invar>"))
    private nonisolated(unsafe) static let sliceEnd = (frames: [T.at("246:5-66", T.fn), T.at("236:17-26", "function <build>")] as [Node],
                                                       site: T.at("220:14-17", "object <invar>"))
    private nonisolated(unsafe) static let deepJoinCheck = T.typeCheck(.string, call: "342:8-25", arg: "342:21-24")
    private nonisolated(unsafe) static let deepJoinLevel: [Node] = [T.at("345:7-51", T.fn), T.at("345:21-36", "thunk from <thunk from <function <anonymous>>>")]
    private nonisolated(unsafe) static let deepJoinElement = T.at("345:34-35", "thunk from <thunk from <thunk from <function <anonymous>>>>")
    private nonisolated(unsafe) static let deepJoinError = T.at("347:7-63", T.fn)
    private nonisolated(unsafe) static let linesBody = T.at("339:5-31", T.fn)
    private nonisolated(unsafe) static let linesArg = T.at("339:20-23", T.thunk)
    private nonisolated(unsafe) static let linesPlus = T.at("339:20-30", T.thunk)

    private static func registerJoining(_ std: StdLibrary) {
        std.add(Builtin("repeat", ["what", "count"].map { .init(name: $0, defaultValue: nil) },
                        lazy: { a, vm, site throws(RuntimeError) in
            // std.join(joiner, std.makeArray(count, function(i) what)), where the joiner is ""
            // or [] depending on the type of `what`.
            let what = try repeatWhat.force(a[0], vm, callSite: [site, repeatBody, repeatJoiner])
            switch what {
            case .string, .array: break
            default:
                throw vm.stdError("std.repeat first argument must be an array or a string",
                                  frames: [("<std>:203:12-74", "thunk <joiner> from <function <anonymous>>"),
                                           ("<std>:204:14-20", T.thunk), ("<std>:204:5-61", T.fn)], calledFrom: site)
            }
            let countValue = try T.force(a[1], vm, frames: [site, repeatBody, repeatMakeArray], site: repeatCount)
            let count = try T.within(vm, [site, repeatBody]) { () throws(RuntimeError) -> Int in
                try vm.integer(countValue, repeatMakeArray)
            }
            switch what {
            case .string(let s):
                if count <= 0 || s.utf8Count == 0 { return .string(JString.empty) }
                let (bytes, overflow) = s.utf8Count.multipliedReportingOverflow(by: count)
                if overflow || bytes > Evaluator.maxArrayLength * 16 {
                    throw vm.error("string of \(count) copies of \(s.utf8Count) bytes is too large for stackc", at: site)
                }
                var out = ""
                out.reserveCapacity(bytes)
                let piece = s.string
                for _ in 0..<count { out += piece }
                return .string(JString(out))
            case .array(let arr):
                if count <= 0 || arr.count == 0 { return .array(ArrayValue.empty) }
                let (total, overflow) = arr.count.multipliedReportingOverflow(by: count)
                try vm.checkArrayLength(overflow ? Int.max : total, site)
                let elements = arr.elements
                var out = ContiguousArray<Lazy>()
                out.reserveCapacity(total)
                for _ in 0..<count { out.append(contentsOf: elements) }
                return .array(ArrayValue(out))
            default:
                return .null
            }
        }))
        std.add(Builtin("slice", ["indexable", "index", "end", "step"].map { .init(name: $0, defaultValue: nil) },
                        lazy: { a, vm, site throws(RuntimeError) in
            // go-jsonnet looks at the step first, then (for a valid step) the indexable and the
            // bounds; for a negative step it reports the bounds.
            let step = try T.force(a[3], vm, frames: [site] + sliceStep.frames, site: sliceStep.site)
            var negative = false
            switch step {
            case .number(let d): negative = d < 0
            case .null: break
            default:
                // The step's type is checked before anything else is evaluated.
                return try Slicing.slice(.null, .null, .null, step, vm, site: site, desugared: false)
            }
            let t: Value, b: Value, e: Value
            if negative {
                b = try T.force(a[1], vm, frames: [site] + sliceIndex.frames, site: sliceIndex.site)
                e = try T.force(a[2], vm, frames: [site] + sliceEnd.frames, site: sliceEnd.site)
                t = try sliceIndexable.force(a[0], vm, callSite: site)
            } else {
                t = try sliceIndexable.force(a[0], vm, callSite: site)
                b = try T.force(a[1], vm, frames: [site] + sliceIndex.frames, site: sliceIndex.site)
                e = try T.force(a[2], vm, frames: [site] + sliceEnd.frames, site: sliceEnd.site)
            }
            return T.slicedElements(try Slicing.slice(t, b, e, step, vm, site: site, desugared: false))
        }))
        std.add(Builtin("deepJoin", ["arr"].map { .init(name: $0, defaultValue: nil) },
                        lazy: { a, vm, site throws(RuntimeError) in
            let v = try deepJoinCheck.force(a[0], vm, callSite: site)
            var out = ""
            try deepJoin(v, into: &out, vm, frames: [site])
            return .string(JString(out))
        }))
        std.add(Builtin("lines", ["arr"].map { .init(name: $0, defaultValue: nil) },
                        lazy: { a, vm, site throws(RuntimeError) in
            // std.join('\n', arr + [''])
            let v = try T.force(a[0], vm, frames: [site, linesBody], site: linesArg)
            let all = try T.within(vm, [site, linesBody]) { () throws(RuntimeError) -> Value in
                try Operators.add(v, .array(ArrayValue(values: [.string(JString.empty)])), vm, site: linesPlus)
            }
            return try T.within(vm, [site]) { () throws(RuntimeError) -> Value in
                try join(.string(JString("\n")), all, vm, site: linesBody)
            }
        }))
    }

    /// go-jsonnet's deepJoin: strings as they are, arrays joined recursively.
    private static func deepJoin(_ v: Value, into out: inout String, _ vm: Evaluator, frames: [Node]) throws(RuntimeError) {
        switch v {
        case .string(let s):
            out += s.string
        case .array(let arr):
            let inner = frames + deepJoinLevel
            try vm.pushAll(inner)
            defer { vm.popAll(inner) }
            for e in arr.elements {
                let x = try T.force(e, vm, frames: deepJoinCheck.frames + [deepJoinCheck.site], site: deepJoinElement)
                try deepJoin(x, into: &out, vm, frames: [])
            }
        default:
            try vm.pushAll(frames)
            defer { vm.popAll(frames) }
            throw vm.error("Expected string or array, got \(v.typeName)", at: deepJoinError)
        }
    }

    // MARK: count, find, all, any (std.jsonnet)

    private nonisolated(unsafe) static let countBody = T.at("255:19-66", T.fn)
    private nonisolated(unsafe) static let countFilter = T.at("255:30-65", T.thunk)
    private nonisolated(unsafe) static let countArr = T.at("255:61-64", "thunk from <thunk from <function <anonymous>>>")
    private nonisolated(unsafe) static let countElement = T.at("255:53-54", T.fn)
    private nonisolated(unsafe) static let countX = T.at("255:58-59", T.fn)
    private nonisolated(unsafe) static let countEquals = T.at("255:53-59", T.fn)
    private nonisolated(unsafe) static let findArr = T.typeCheck(.array, call: "1667:9-25", arg: "1667:21-24")
    private nonisolated(unsafe) static let findFilter = T.at("1670:7-81", T.fn)
    private nonisolated(unsafe) static let findElement = T.at("1670:30-36", T.fn)
    private nonisolated(unsafe) static let findValue = T.at("1670:40-45", T.fn)
    private nonisolated(unsafe) static let findEquals = T.at("1670:30-45", T.fn)

    /// The frames of go-jsonnet's `std.format` converting a `%s` argument (outermost first).
    private nonisolated(unsafe) static let formatFrames: [Node] = [
        T.at("261:7-23", T.fn), T.at("820:7-46", T.fn), T.at("776:11-64", "function <format_codes_arr>"),
        T.at("776:55-63", "thunk from <function <format_codes_arr>>"),
        T.at("770:15-39", "thunk <s_padded> from <function <format_codes_arr>>"), T.at("523:7-38", "function <pad_left>"),
        T.at("519:7-17", "function <padding>"), T.at("515:12-13", "function <aux>"),
        T.at("519:11-12", "thunk from <function <padding>>"), T.at("523:19-34", "thunk from <function <pad_left>>"),
        T.at("523:30-33", "thunk from <thunk from <function <pad_left>>>"),
        T.at("770:24-25", "thunk from <thunk <s_padded> from <function <format_codes_arr>>>"),
        T.at("765:15-60", "thunk <s> from <function <format_codes_arr>>"), T.at("635:9-26", "function <format_code>"),
    ]

    private static func registerSearching(_ std: StdLibrary) {
        std.add(Builtin("count", ["arr", "x"].map { .init(name: $0, defaultValue: nil) },
                        lazy: { a, vm, site throws(RuntimeError) in
            // std.length(std.filter(function(v) v == x, arr))
            let av = try T.force(a[0], vm, frames: [site, countBody, countFilter], site: countArr)
            return try T.within(vm, [site, countBody]) { () throws(RuntimeError) -> Value in
                let arr = try vm.array(av, countFilter)
                try vm.push(site: countFilter)
                defer { vm.pop() }
                var n = 0
                var x: Value? = nil
                for e in arr.elements {
                    let v = try e.force(vm, site: countElement)
                    if x == nil { x = try a[1].force(vm, site: countX) }
                    if try Operators.equals(v, x!, vm, site: countEquals) { n += 1 }
                }
                return .number(Double(n))
            }
        }))
        std.add(Builtin("find", ["value", "arr"].map { .init(name: $0, defaultValue: nil) },
                        lazy: { a, vm, site throws(RuntimeError) in
            let av = try findArr.force(a[1], vm, callSite: site)
            guard case .array(let arr) = av else {
                throw vm.stdError("find second parameter should be an array, got \(av.typeName)",
                                  frames: [("<std>:1668:7-77", T.fn)], calledFrom: site)
            }
            return try T.within(vm, [site, findFilter]) { () throws(RuntimeError) -> Value in
                var out = ContiguousArray<Lazy>()
                var x: Value? = nil
                for (i, e) in arr.elements.enumerated() {
                    let v = try e.force(vm, site: findElement)
                    if x == nil { x = try a[0].force(vm, site: findValue) }
                    if try Operators.equals(v, x!, vm, site: findEquals) { out.append(.ready(.number(Double(i)))) }
                }
                return .array(ArrayValue(out))
            }
        }))
        for (name, isAll) in [("all", true), ("any", false)] {
            // all: aux(arr, i) checks each element in turn (a tail call, shown once in traces).
            let base = isAll ? 1673 : 1688
            let check = T.typeCheck(.array, call: "\(base):12-28", arg: "\(base):24-27")
            let entry = T.at("\(base + 12):5-11", T.fn)
            let recursion = T.at("\(base + 11):11-23", "function <aux>")
            let elementCheck = T.typeCheck(.boolean, call: "\(base + 7):16-32", arg: "\(base + 7):30-31",
                                           context: "function <aux>", argContext: "thunk from <function <aux>>")
            let elementSite = T.at("\(base + 6):19-27", "thunk <e> from <function <aux>>")
            let notBoolean = "(\(base + 7):9)-(\(base + 11):23)"
            std.add(Builtin(name, ["arr"].map { .init(name: $0, defaultValue: nil) },
                            lazy: { a, vm, site throws(RuntimeError) in
                let av = try check.force(a[0], vm, callSite: site)
                guard case .array(let arr) = av else {
                    throw vm.stdError("\(name)() parameter should be an array, got \(av.typeName)",
                                      frames: [("<std>:(\(base):5)-(\(base + 12):11)", "")], calledFrom: site)
                }
                for (i, e) in arr.elements.enumerated() {
                    let outer: [Node] = i == 0 ? [site, entry] : [site, entry, recursion]
                    let v = try T.force(e, vm, frames: outer + elementCheck.frames + [elementCheck.site], site: elementSite)
                    guard case .bool(let b) = v else {
                        // The message is made by std.format ('%s'), whose frames show when the
                        // element cannot be converted.
                        let text = try T.within(vm, outer + [T.at("\(base + 7):35-96", "")] + formatFrames) { () throws(RuntimeError) -> String in
                            try JSONWriter.toString(v, vm)
                        }
                        let frames = [("<std>:" + notBoolean, "")] +
                            (i == 0 ? [] : [("<std>:\(base + 11):11-23", "function <aux>")]) + [("<std>:\(base + 12):5-11", T.fn)]
                        throw vm.stdError("element \"\(text)\" of type \(v.typeName) is not a boolean",
                                          frames: frames, calledFrom: site)
                    }
                    if b != isAll { return .bool(!isAll) }
                }
                return .bool(isAll)
            }))
        }
    }
}

/// Stack frames of go-jsonnet's std.jsonnet code, reproduced in traces: `<std>:line:col`
/// locations with the context go-jsonnet prints beside them.
enum ArrayTrace {
    static let fn = "function <anonymous>"
    static let thunk = "thunk from <function <anonymous>>"

    private nonisolated(unsafe) static var names: [String: TraceName] = [:]

    static func name(_ text: String) -> TraceName {
        if let n = names[text] { return n }
        let n = TraceName(text)
        names[text] = n
        return n
    }

    /// The std.jsonnet location `loc` ("line:col-col") in context `context` ("" for none).
    static func at(_ loc: String, _ context: String) -> SiteNode {
        SiteNode(fixedLocation: "<std>:" + loc, context: context.isEmpty ? nil : name(context))
    }

    enum TypeCheck {
        case string, boolean, array, function

        /// The locations of `std.type(v)` and of `v` in go-jsonnet's `std.isT(v)`.
        var locations: (call: String, arg: String) {
            switch self {
            case .string: return ("30:17-28", "30:26-27")
            case .boolean: return ("32:18-29", "32:27-28")
            case .array: return ("34:16-27", "34:25-26")
            case .function: return ("35:19-30", "35:28-29")
            }
        }
    }

    /// How std.jsonnet code forces a value: the frames entered (outermost first) and the
    /// expression that forces it.
    struct ForcePath {
        let frames: [Node]
        let site: SiteNode

        /// Forces `l` on behalf of the call at `callSite`.
        @inline(__always)
        func force(_ l: Lazy, _ vm: Evaluator, callSite: Node) throws(RuntimeError) -> Value {
            try ArrayTrace.force(l, vm, frames: [callSite] + frames, site: site)
        }

        func force(_ l: Lazy, _ vm: Evaluator, callSite: [Node]) throws(RuntimeError) -> Value {
            try ArrayTrace.force(l, vm, frames: callSite + frames, site: site)
        }
    }

    /// go-jsonnet's `std.isT(arg)` at `call` (in a function of context `context`), which forces
    /// the argument at `arg`.
    static func typeCheck(_ kind: TypeCheck, call: String, arg: String, context: String = fn,
                          argContext: String? = nil) -> ForcePath {
        let l = kind.locations
        return ForcePath(frames: [at(call, context), at(l.call, fn), at(l.arg, thunk)],
                         site: at(arg, argContext ?? "thunk from <\(context)>"))
    }

    /// Forces `l` with `frames` on the stack and `site` as the forcing expression.
    @inline(__always)
    static func force(_ l: Lazy, _ vm: Evaluator, frames: @autoclosure () -> [Node], site: Node) throws(RuntimeError) -> Value {
        switch l {
        case .ready(let v): return v
        case .pending(let t):
            if let v = t.value { return v }
            let fs = frames()
            try vm.pushAll(fs)
            defer { vm.popAll(fs) }
            return try t.force(vm, site: site)
        }
    }

    /// `l` as the value of an expression at `site` of std.jsonnet that refers to it (`arr[i]`):
    /// forcing it shows that frame.
    @inline(__always)
    static func via(_ l: Lazy, _ site: Node) -> Lazy {
        if case .pending(let t) = l, t.value == nil {
            return .pending(Thunk(node: ForceNode(l, site: site), frame: CallThunk.frame))
        }
        return l
    }

    private nonisolated(unsafe) static let sliceElement = at("243:22-42", "thunk from <thunk from <function <build>>>")

    /// A slice's elements are thunks of go-jsonnet's slice code (`<std>:243:22-42`).
    static func slicedElements(_ v: Value) -> Value {
        guard case .array(let arr) = v else { return v }
        var out = arr.elements
        var changed = false
        for i in out.indices {
            if case .pending(let t) = out[i], t.value == nil {
                out[i] = via(out[i], sliceElement)
                changed = true
            }
        }
        return changed ? .array(ArrayValue(out)) : v
    }

    /// Runs `body` with `frames` on the stack.
    @inline(__always)
    static func within<R>(_ vm: Evaluator, _ frames: [Node], _ body: () throws(RuntimeError) -> R) throws(RuntimeError) -> R {
        try vm.pushAll(frames)
        defer { vm.popAll(frames) }
        return try body()
    }
}

extension Evaluator {
    /// Pushes `sites` (outermost first); on failure nothing stays pushed.
    func pushAll(_ sites: [Node]) throws(RuntimeError) {
        var n = 0
        do {
            for s in sites {
                try push(site: s)
                n += 1
            }
        } catch {
            for _ in 0..<n { pop() }
            throw error
        }
    }

    func popAll(_ sites: [Node]) {
        for _ in sites { pop() }
    }
}

/// A thunk that calls a function with arguments when forced (for the lazy elements of
/// `std.makeArray` and `std.map`).
enum CallThunk {
    /// `sites`: the stack entries of the call (the last one is the call itself); by default a
    /// call without a source position.
    static func make(_ f: FunctionValue, _ args: [Lazy], _ vm: Evaluator, sites: [Node] = [SiteNode.nowhere]) -> Thunk {
        Thunk(node: CallNode(function: f, args: args, sites: sites), frame: CallThunk.frame)
    }

    /// `make` for a one-argument call (no argument array).
    static func make(_ f: FunctionValue, one arg: Lazy, _ vm: Evaluator, sites: [Node] = [SiteNode.nowhere]) -> Thunk {
        Thunk(node: CallNode(function: f, one: arg, sites: sites), frame: CallThunk.frame)
    }

    nonisolated(unsafe) static let frame = Frame.make(parent: nil, selfObject: nil, layer: 0, size: 0)
}

/// The body of a `CallThunk`: a call made by the runtime, with no source position (go-jsonnet
/// prints such frames as an empty trace line).
final class CallNode: Node {
    let function: FunctionValue
    let args: [Lazy]
    /// The argument of a one-argument call (then `args` is empty).
    let single: Lazy?
    let sites: [Node]

    init(function: FunctionValue, args: [Lazy], sites: [Node]) {
        self.function = function
        self.args = args
        self.single = nil
        self.sites = sites
        super.init(SiteNode.nowhere.range)
    }

    init(function: FunctionValue, one arg: Lazy, sites: [Node]) {
        self.function = function
        self.args = []
        self.single = arg
        self.sites = sites
        super.init(SiteNode.nowhere.range)
    }

    override func eval(_ f: Frame, _ vm: Evaluator) throws(RuntimeError) -> Value {
        var pushed = 0
        defer { for _ in 0..<pushed { vm.pop() } }
        for s in sites.dropLast() {
            try vm.push(site: s)
            pushed += 1
        }
        if let a = single { return try vm.call(function, one: a, site: sites[sites.count - 1]) }
        return try vm.call(function, args, site: sites[sites.count - 1])
    }
}
