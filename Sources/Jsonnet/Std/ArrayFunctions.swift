/// std array functions: `makeArray`, `map`, `filter`, `foldl`, `foldr`, `range`, `join` …
enum ArrayFunctions {
    static func register(_ std: StdLibrary) {
        std.add(Builtin("makeArray", ["sz", "func"]) { a, vm, site throws(RuntimeError) in
            let n = try vm.integer(a[0], site)
            let f = try vm.function(a[1], site)
            if n <= 0 { return .array(ArrayValue.empty) }
            var out = ContiguousArray<Lazy>()
            out.reserveCapacity(n)
            for i in 0..<n { out.append(.pending(CallThunk.make(f, [.ready(.number(Double(i)))], vm))) }
            return .array(ArrayValue(out))
        })
        std.add(Builtin("map", ["func", "arr"]) { a, vm, site throws(RuntimeError) in
            guard case .function(let f) = a[0] else {
                throw vm.stdError("std.map first param must be function, got \(a[0].typeName)", in: .mapFunction, calledFrom: site)
            }
            let elements: ContiguousArray<Lazy>
            switch a[1] {
            case .array(let arr): elements = arr.elements
            case .string(let s): elements = ContiguousArray(s.scalars.map { .ready(.string(JString(String(Character($0))))) })
            default:
                throw vm.stdError("std.map second param must be array / string, got \(a[1].typeName)", in: .mapArray, calledFrom: site)
            }
            var out = ContiguousArray<Lazy>()
            out.reserveCapacity(elements.count)
            // go-jsonnet's map calls `f` from its std library code: traces show that frame.
            let sites = [SiteNode.nowhere, StdSite.mapCall.node]
            for e in elements { out.append(.pending(CallThunk.make(f, [e], vm, sites: sites))) }
            return .array(ArrayValue(out))
        })
        std.add(Builtin("filter", ["func", "arr"]) { a, vm, site throws(RuntimeError) in
            let f = try vm.function(a[0], site)
            let arr = try vm.array(a[1], site)
            var out = ContiguousArray<Lazy>()
            for e in arr.elements {
                let keep = try vm.call(f, [e], site: site)
                guard case .bool(let b) = keep else { throw vm.typeError(keep, expected: "boolean", at: site) }
                if b { out.append(e) }
            }
            return .array(ArrayValue(out))
        })
        std.add(Builtin("foldl", ["func", "arr", "init"]) { a, vm, site throws(RuntimeError) in
            let f = try vm.function(a[0], site)
            var acc = a[2]
            switch a[1] {
            case .array(let arr):
                for e in arr.elements { acc = try vm.call(f, [.ready(acc), e], site: site) }
            case .string(let s):
                for c in s.scalars { acc = try vm.call(f, [.ready(acc), .ready(.string(JString(String(Character(c)))))], site: site) }
            default:
                throw vm.error("foldl second parameter should be string or array, got \(a[1].typeName)", at: site)
            }
            return acc
        })
        std.add(Builtin("foldr", ["func", "arr", "init"]) { a, vm, site throws(RuntimeError) in
            let f = try vm.function(a[0], site)
            var acc = a[2]
            switch a[1] {
            case .array(let arr):
                for e in arr.elements.reversed() { acc = try vm.call(f, [e, .ready(acc)], site: site) }
            case .string(let s):
                for c in s.scalars.reversed() { acc = try vm.call(f, [.ready(.string(JString(String(Character(c))))), .ready(acc)], site: site) }
            default:
                throw vm.error("foldr second parameter should be string or array, got \(a[1].typeName)", at: site)
            }
            return acc
        })
        std.add(Builtin("range", ["from", "to"]) { a, vm, site throws(RuntimeError) in
            let from = try vm.integer(a[0], site), to = try vm.integer(a[1], site)
            if to < from { return .array(ArrayValue.empty) }
            var out = ContiguousArray<Lazy>()
            out.reserveCapacity(to - from + 1)
            for i in from...to { out.append(.ready(.number(Double(i)))) }
            return .array(ArrayValue(out))
        })
        std.add(Builtin("join", ["sep", "arr"]) { a, vm, site throws(RuntimeError) in
            let arr = try vm.array(a[1], site)
            switch a[0] {
            case .string(let sep):
                var out = ""
                var first = true
                for e in arr.elements {
                    let v = try e.force(vm, site: site)
                    if case .null = v { continue }
                    guard case .string(let s) = v else { throw vm.typeError(v, expected: "string", at: site) }
                    if !first { out += sep.string }
                    first = false
                    out += s.string
                }
                return .string(JString(out))
            case .array(let sep):
                var out = ContiguousArray<Lazy>()
                var first = true
                for e in arr.elements {
                    let v = try e.force(vm, site: site)
                    if case .null = v { continue }
                    guard case .array(let part) = v else { throw vm.typeError(v, expected: "array", at: site) }
                    if !first { out.append(contentsOf: sep.elements) }
                    first = false
                    out.append(contentsOf: part.elements)
                }
                return .array(ArrayValue(out))
            default:
                throw vm.error("join first parameter should be string or array, got \(a[0].typeName)", at: site)
            }
        })
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

    nonisolated(unsafe) static let frame = Frame(parent: nil, selfObject: nil, layer: 0, size: 0)
}

/// The body of a `CallThunk`: a call made by the runtime, with no source position (go-jsonnet
/// prints such frames as an empty trace line).
final class CallNode: Node {
    let function: FunctionValue
    let args: [Lazy]
    let sites: [Node]

    init(function: FunctionValue, args: [Lazy], sites: [Node]) {
        self.function = function
        self.args = args
        self.sites = sites
        super.init(SiteNode.nowhere.range)
    }

    override func eval(_ f: Frame, _ vm: Evaluator) throws(RuntimeError) -> Value {
        for s in sites.dropLast() { try vm.push(site: s) }
        let v = try vm.call(function, args, site: sites[sites.count - 1])
        for _ in sites.dropLast() { vm.pop() }
        return v
    }
}
