/// std object functions: `objectFields`, `objectHas`, `objectValues`, `get`, `mapWithKey`,
/// `objectRemoveKey`, `mergePatch`, `prune` …
///
/// go-jsonnet implements most of these in Jsonnet on top of the native `objectFieldsEx` and
/// `objectHasEx`; their errors and lazy values show frames of that code (`<std>:LINE:COL`),
/// reproduced here with `GoStd` (the locations are read off go-jsonnet's traces).
enum ObjectFunctions {
    static func register(_ std: StdLibrary) {
        registerNative(std)
        registerWrappers(std)
        registerListings(std)
        registerBuilders(std)
    }

    /// The names as an array of strings.
    static func names(_ ids: [Int32], _ vm: Evaluator) -> Value {
        var out = ContiguousArray<Lazy>()
        out.reserveCapacity(ids.count)
        for id in ids { out.append(.ready(.string(vm.names.jstring(id)))) }
        return .array(ArrayValue(out))
    }

    // MARK: native in go-jsonnet

    private static func registerNative(_ std: StdLibrary) {
        std.add(Builtin("objectFieldsEx", ["obj", "hidden"]) { a, vm, site throws(RuntimeError) in
            guard case .object(let o) = a[0] else { throw vm.typeError(a[0], expected: "object", at: GoStd.caller(site)) }
            guard case .bool(let h) = a[1] else { throw vm.typeError(a[1], expected: "boolean", at: GoStd.caller(site)) }
            return names(h ? o.allFields(vm) : o.visibleFields(vm), vm)
        })
        std.add(Builtin("objectHasEx", ["obj", "fname", "hidden"]) { a, vm, site throws(RuntimeError) in
            guard case .object(let o) = a[0] else { throw vm.typeError(a[0], expected: "object", at: GoStd.caller(site)) }
            guard case .string(let f) = a[1] else { throw vm.typeError(a[1], expected: "string", at: GoStd.caller(site)) }
            guard case .bool(let h) = a[2] else { throw vm.typeError(a[2], expected: "boolean", at: GoStd.caller(site)) }
            return .bool(has(o, vm.names.id(f), hidden: h))
        })
        std.add(Builtin("objectRemoveKey", ["obj", "key"]) { a, vm, site throws(RuntimeError) in
            guard case .object(let o) = a[0] else { throw vm.typeError(a[0], expected: "object", at: GoStd.caller(site)) }
            guard case .string(let k) = a[1] else { throw vm.typeError(a[1], expected: "string", at: GoStd.caller(site)) }
            return .object(removeKey(o, vm.names.id(k)))
        })
    }

    @inline(__always)
    static func has(_ o: ObjectValue, _ id: Int32, hidden: Bool) -> Bool {
        hidden ? o.hasField(id) : o.isVisible(id) == true
    }

    /// A copy of `o` without field `key` in any layer: the other fields keep their bodies,
    /// visibility (`:`, `::`, `:::`) and late-bound `self`, as go-jsonnet's
    /// `objectRemoveKey` does; asserts stay.
    static func removeKey(_ o: ObjectValue, _ key: Int32) -> ObjectValue {
        var layers = ContiguousArray<ObjectLayer>()
        layers.reserveCapacity(o.layers.count)
        for l in o.layers {
            let i = l.find(key)
            if i < 0 {
                layers.append(l)
                continue
            }
            var names = l.names, vis = l.visibility
            names.remove(at: i)
            vis.remove(at: i)
            var bodyIndex = l.bodyIndex
            let source: ObjectLayer.Source
            switch l.source {
            case .literal:
                var bi = l.bodyIndex ?? ContiguousArray((0..<Int32(l.names.count)))
                bi.remove(at: i)
                bodyIndex = bi
                source = l.source
            case .comprehension(let node, var frames):
                frames.remove(at: i)
                if bodyIndex != nil { bodyIndex!.remove(at: i) }
                source = .comprehension(node, frames)
            case .values(var vals):
                vals.remove(at: i)
                if bodyIndex != nil { bodyIndex!.remove(at: i) }
                source = .values(vals)
            }
            layers.append(ObjectLayer(names: names, visibility: vis, bodyIndex: bodyIndex, source: source))
        }
        return ObjectValue(layers: layers)
    }

    // MARK: std.jsonnet wrappers of objectFieldsEx / objectHasEx

    private static func registerWrappers(_ std: StdLibrary) {
        // objectFields(o) / objectFieldsAll(o): `std.objectFieldsEx(o, hidden)`.
        for (name, call, arg, hidden) in [("objectFields", "1570:5-33", "1570:24-25", false),
                                          ("objectFieldsAll", "1573:5-32", "1573:24-25", true)] {
            let frames = [GoStd.fn(call)]
            let at = GoStd.thunkFn(arg)
            std.add(Builtin(name, [Builtin.Param(name: "o", defaultValue: nil)], lazy: { a, vm, site throws(RuntimeError) in
                let v = try GoStd.force(a[0], vm, caller: site, frames: frames, at: at)
                guard case .object(let o) = v else {
                    throw GoStd.error("Unexpected type \(v.typeName), expected object", vm, caller: site, frames: frames)
                }
                return names(hidden ? o.allFields(vm) : o.visibleFields(vm), vm)
            }))
        }
        // objectHas(o, f) / objectHasAll(o, f): `std.objectHasEx(o, f, hidden)`.
        for (name, call, oArg, fArg, hidden) in [("objectHas", "1576:5-33", "1576:21-22", "1576:24-25", false),
                                                 ("objectHasAll", "1579:5-32", "1579:21-22", "1579:24-25", true)] {
            let frames = [GoStd.fn(call)]
            let oAt = GoStd.thunkFn(oArg), fAt = GoStd.thunkFn(fArg)
            let params = [Builtin.Param(name: "o", defaultValue: nil), Builtin.Param(name: "f", defaultValue: nil)]
            std.add(Builtin(name, params, lazy: { a, vm, site throws(RuntimeError) in
                let ov = try GoStd.force(a[0], vm, caller: site, frames: frames, at: oAt)
                let fv = try GoStd.force(a[1], vm, caller: site, frames: frames, at: fAt)
                guard case .object(let o) = ov else {
                    throw GoStd.error("Unexpected type \(ov.typeName), expected object", vm, caller: site, frames: frames)
                }
                guard case .string(let f) = fv else {
                    throw GoStd.error("Unexpected type \(fv.typeName), expected string", vm, caller: site, frames: frames)
                }
                return .bool(has(o, vm.names.id(f), hidden: hidden))
            }))
        }
        // get(o, f, default=null, inc_hidden=true):
        // `if std.objectHasEx(o, f, inc_hidden) then o[f] else default`.
        do {
            let frames = [GoStd.fn("1567:8-41")]
            let oAt = GoStd.thunkFn("1567:24-25"), fAt = GoStd.thunkFn("1567:27-28"), hAt = GoStd.thunkFn("1567:30-40")
            let access = GoStd.fn("1567:47-51"), dflt = GoStd.fn("1567:57-64")
            let params = [Builtin.Param(name: "o", defaultValue: nil), Builtin.Param(name: "f", defaultValue: nil),
                          Builtin.Param(name: "default", defaultValue: .null), Builtin.Param(name: "inc_hidden", defaultValue: .true)]
            std.add(Builtin("get", params, lazy: { a, vm, site throws(RuntimeError) in
                let ov = try GoStd.force(a[0], vm, caller: site, frames: frames, at: oAt)
                let fv = try GoStd.force(a[1], vm, caller: site, frames: frames, at: fAt)
                let hv = try GoStd.force(a[3], vm, caller: site, frames: frames, at: hAt)
                guard case .object(let o) = ov else {
                    throw GoStd.error("Unexpected type \(ov.typeName), expected object", vm, caller: site, frames: frames)
                }
                guard case .string(let f) = fv else {
                    throw GoStd.error("Unexpected type \(fv.typeName), expected string", vm, caller: site, frames: frames)
                }
                guard case .bool(let h) = hv else {
                    throw GoStd.error("Unexpected type \(hv.typeName), expected boolean", vm, caller: site, frames: frames)
                }
                let id = vm.names.id(f)
                if has(o, id, hidden: h) {
                    try vm.push(site: GoStd.caller(site))
                    defer { vm.pop() }
                    return try o.field(id, vm, site: access) ?? .null
                }
                return try GoStd.force(a[2], vm, caller: site, frames: [], at: dflt)
            }))
        }
    }

    // MARK: objectValues, objectKeysValues and their *All forms

    /// `[o[k] for k in std.objectFields(o)]` (or `{key: k, value: o[k]}` elements) at go's
    /// locations: the comprehension, the objectFields call, its inner objectFieldsEx call and
    /// argument, the outer argument, and the element's `o[k]`.
    private struct Listing {
        let name: String
        let hidden: Bool
        let pairs: Bool
        let frames: [SiteNode]
        let argAt: SiteNode
        let element: SiteNode
    }

    private static func registerListings(_ std: StdLibrary) {
        let listings = [
            Listing(name: "objectValues", hidden: false, pairs: false,
                    frames: [GoStd.plain("1582:5-40"), GoStd.fn("1582:20-39"), GoStd.fn("1570:5-33"), GoStd.thunkFn("1570:24-25")],
                    argAt: GoStd.thunkFn("1582:37-38"), element: GoStd.thunkFn("1582:6-10")),
            Listing(name: "objectValuesAll", hidden: true, pairs: false,
                    frames: [GoStd.plain("1585:5-43"), GoStd.fn("1585:20-42"), GoStd.fn("1573:5-32"), GoStd.thunkFn("1573:24-25")],
                    argAt: GoStd.thunkFn("1585:40-41"), element: GoStd.thunkFn("1585:6-10")),
            Listing(name: "objectKeysValues", hidden: false, pairs: true,
                    frames: [GoStd.plain("1588:5-59"), GoStd.fn("1588:39-58"), GoStd.fn("1570:5-33"), GoStd.thunkFn("1570:24-25")],
                    argAt: GoStd.thunkFn("1588:56-57"), element: GoStd.obj("1588:23-27")),
            Listing(name: "objectKeysValuesAll", hidden: true, pairs: true,
                    frames: [GoStd.plain("1591:5-62"), GoStd.fn("1591:39-61"), GoStd.fn("1573:5-32"), GoStd.thunkFn("1573:24-25")],
                    argAt: GoStd.thunkFn("1591:59-60"), element: GoStd.obj("1591:23-27")),
        ]
        for l in listings {
            let errorFrames = Array(l.frames.dropLast())
            std.add(Builtin(l.name, [Builtin.Param(name: "o", defaultValue: nil)], lazy: { a, vm, site throws(RuntimeError) in
                let v = try GoStd.force(a[0], vm, caller: site, frames: l.frames, at: l.argAt)
                guard case .object(let o) = v else {
                    throw GoStd.error("Unexpected type \(v.typeName), expected object", vm, caller: site, frames: errorFrames)
                }
                let ids = l.hidden ? o.allFields(vm) : o.visibleFields(vm)
                var out = ContiguousArray<Lazy>()
                out.reserveCapacity(ids.count)
                if l.pairs {
                    let keyID = vm.names.id("key"), valueID = vm.names.id("value")
                    let vis = ContiguousArray<Visibility>([.inherit, .inherit])
                    for id in ids {
                        let vals: ContiguousArray<Lazy> = [.ready(.string(vm.names.jstring(id))), GoStd.fieldThunk(o, id, at: l.element)]
                        let layer = ObjectLayer(names: [keyID, valueID], visibility: vis, bodyIndex: nil, source: .values(vals))
                        out.append(.ready(.object(ObjectValue(layer: layer))))
                    }
                } else {
                    for id in ids { out.append(GoStd.fieldThunk(o, id, at: l.element)) }
                }
                return .array(ArrayValue(out))
            }))
        }
    }

    // MARK: mapWithKey, prune, mergePatch

    private static func registerBuilders(_ std: StdLibrary) {
        do {
            let fFrames = [GoStd.fn("291:9-29"), GoStd.fn("35:19-30"), GoStd.thunkFn("35:28-29")], fAt = GoStd.thunkFn("291:24-28")
            let oFrames = [GoStd.fn("293:14-31"), GoStd.fn("33:17-28"), GoStd.thunkFn("33:26-27")], oAt = GoStd.thunkFn("293:27-30")
            let fError = [GoStd.fn("292:7-83")], oError = [GoStd.fn("294:7-81")]
            let call = GoStd.obj("296:14-29"), access = GoStd.thunkObj("296:22-28")
            let params = [Builtin.Param(name: "func", defaultValue: nil), Builtin.Param(name: "obj", defaultValue: nil)]
            std.add(Builtin("mapWithKey", params, lazy: { a, vm, site throws(RuntimeError) in
                let fv = try GoStd.force(a[0], vm, caller: site, frames: fFrames, at: fAt)
                guard case .function(let f) = fv else {
                    throw GoStd.error("std.mapWithKey first param must be function, got \(fv.typeName)", vm, caller: site, frames: fError)
                }
                let ov = try GoStd.force(a[1], vm, caller: site, frames: oFrames, at: oAt)
                guard case .object(let o) = ov else {
                    throw GoStd.error("std.mapWithKey second param must be object, got \(ov.typeName)", vm, caller: site, frames: oError)
                }
                let ids = o.visibleFields(vm)
                var vals = ContiguousArray<Lazy>()
                vals.reserveCapacity(ids.count)
                for id in ids {
                    let args: [Lazy] = [.ready(.string(vm.names.jstring(id))), GoStd.fieldThunk(o, id, at: access)]
                    vals.append(.pending(Thunk(node: GoStdCallNode(f, args, at: call), frame: GoStd.emptyFrame)))
                }
                let vis = ContiguousArray(repeating: Visibility.inherit, count: ids.count)
                return .object(ObjectValue(layer: ObjectLayer(names: ContiguousArray(ids), visibility: vis, bodyIndex: nil, source: .values(vals))))
            }))
        }
        std.add(Builtin("prune", [Builtin.Param(name: "a", defaultValue: nil)], lazy: { a, vm, site throws(RuntimeError) in
            let v = try GoStd.force(a[0], vm, caller: site, frames: Prune.forcing, at: Prune.argument)
            try vm.push(site: GoStd.caller(site))
            defer { vm.pop() }
            return try Prune.prune(v, vm)
        }))
        std.add(Builtin("mergePatch", [Builtin.Param(name: "target", defaultValue: nil), Builtin.Param(name: "patch", defaultValue: nil)],
                        lazy: { a, vm, site throws(RuntimeError) in
            let p = try GoStd.force(a[1], vm, caller: site, frames: MergePatch.patchFrames, at: MergePatch.patchAt)
            guard case .object(let po) = p else { return p }
            let t = try GoStd.force(a[0], vm, caller: site, frames: MergePatch.targetFrames, at: MergePatch.targetAt)
            return try MergePatch.merge(t, po, vm, caller: GoStd.caller(site))
        }))
    }
}

/// `std.prune` at go-jsonnet's locations: each value is read through `std.isArray(a)` (the
/// `forcing` frames), and each nesting level keeps the frames of the comprehension that
/// recurses (so deep values run out of stack where go-jsonnet does).
private enum Prune {
    nonisolated(unsafe) static let forcing = [GoStd.fn("1644:8-22"), GoStd.fn("34:16-27"), GoStd.thunkFn("34:25-26")]
    nonisolated(unsafe) static let argument = GoStd.thunkFn("1644:20-21")
    nonisolated(unsafe) static let forcingArgument: [Node] = forcing + [argument]
    nonisolated(unsafe) static let element = GoStd.site("1645:53-54", GoStd.thunkThunkFnName)
    nonisolated(unsafe) static let field = GoStd.site("1649:30-34", GoStd.thunkThunkFnName)
    nonisolated(unsafe) static let arrayLevel = [GoStd.plain("1645:7-57"), GoStd.fn("1645:35-56"),
                                                GoStd.site("1636:10-11", TraceName("function <isContent>")), GoStd.thunkFn("1645:45-55")]
    nonisolated(unsafe) static let objectLevel = [GoStd.plain("(1646:34)-(1650:6)"), GoStd.plain("(1646:34)-(1650:6)"), GoStd.fn("1649:10-36"),
                                                 GoStd.site("1636:10-11", TraceName("function <isContent>")), GoStd.thunkFn("1649:20-35")]

    static func isContent(_ v: Value, _ vm: Evaluator) -> Bool {
        switch v {
        case .null: return false
        case .array(let a): return a.count > 0
        case .object(let o): return !o.visibleFields(vm).isEmpty
        default: return true
        }
    }

    static func prune(_ v: Value, _ vm: Evaluator) throws(RuntimeError) -> Value {
        switch v {
        case .array(let arr):
            let n = try GoStd.enter(vm, arrayLevel)
            defer { GoStd.leave(vm, n) }
            var out = ContiguousArray<Lazy>()
            for e in arr.elements {
                // go-jsonnet reads every element through these frames (they count towards
                // the stack limit even for values already computed).
                let ev: Value
                do {
                    let k = try GoStd.enter(vm, forcingArgument)
                    defer { GoStd.leave(vm, k) }
                    ev = try e.force(vm, site: element)
                }
                let p = try prune(ev, vm)
                if isContent(p, vm) { out.append(.ready(p)) }
            }
            return .array(ArrayValue(out))
        case .object(let o):
            let n = try GoStd.enter(vm, objectLevel)
            defer { GoStd.leave(vm, n) }
            var names = ContiguousArray<Int32>()
            var vals = ContiguousArray<Lazy>()
            for id in o.visibleFields(vm) {
                let fv: Value
                do {
                    let k = try GoStd.enter(vm, forcingArgument)
                    defer { GoStd.leave(vm, k) }
                    fv = try o.field(id, vm, site: field) ?? .null
                }
                let p = try prune(fv, vm)
                if isContent(p, vm) {
                    names.append(id)
                    vals.append(.ready(p))
                }
            }
            let vis = ContiguousArray(repeating: Visibility.inherit, count: names.count)
            return .object(ObjectValue(layer: ObjectLayer(names: names, visibility: vis, bodyIndex: nil, source: .values(vals))))
        default:
            return v
        }
    }
}

/// `std.mergePatch` (RFC 7386) as go-jsonnet runs it: the patch is read first; if it is an
/// object, the target next, then every visible patch field (to drop nulls), in name order. The
/// result has the visible fields of both minus the patch's nulls, computed lazily; a field in
/// both merges recursively after reading the target's value. Hidden fields are ignored.
private enum MergePatch {
    nonisolated(unsafe) static let patchFrames = [GoStd.fn("1543:8-27"), GoStd.fn("33:17-28"), GoStd.thunkFn("33:26-27")]
    nonisolated(unsafe) static let patchAt = GoStd.thunkFn("1543:21-26")
    /// The comprehension computing the result's field names (`std.setDiff(both_fields, null_fields)`).
    nonisolated(unsafe) static let comprehension = [GoStd.plain("(1553:7)-(1562:8)"), GoStd.plain("(1553:7)-(1562:8)"),
                                                    GoStd.fn("1561:18-55"), GoStd.fn("1540:5-24")]
    nonisolated(unsafe) static let targetFrames: [SiteNode] = comprehension + [
        GoStd.thunkFn("1540:9-10"), GoStd.thunkFn("1561:30-41"),
        GoStd.site("1551:27-79", TraceName("thunk <both_fields> from <function <anonymous>>")),
        GoStd.fn("1512:5-24"), GoStd.site("1499:15-28", TraceName("function <aux>")),
        GoStd.site("1499:26-27", TraceName("thunk from <function <aux>>")), GoStd.thunkFn("1512:9-10"),
        GoStd.site("1551:40-53", TraceName("thunk from <thunk <both_fields> from <function <anonymous>>>")),
        GoStd.site("1548:12-39", TraceName("thunk <target_fields> from <function <anonymous>>")),
        GoStd.fn("33:17-28"), GoStd.thunkFn("33:26-27"),
        GoStd.site("1548:25-38", TraceName("thunk from <thunk <target_fields> from <function <anonymous>>>")),
        GoStd.site("1545:12-32", TraceName("thunk <target_object> from <function <anonymous>>")),
        GoStd.fn("33:17-28"), GoStd.thunkFn("33:26-27"),
    ]
    nonisolated(unsafe) static let targetAt = GoStd.site("1545:25-31", TraceName("thunk from <thunk <target_object> from <function <anonymous>>>"))
    nonisolated(unsafe) static let nullFrames: [SiteNode] = comprehension + [
        GoStd.thunkFn("1540:12-13"), GoStd.thunkFn("1561:43-54"), GoStd.plain("1550:27-83"),
    ]
    nonisolated(unsafe) static let nullAt = GoStd.site("1550:66-74", TraceName("thunk <null_fields> from <function <anonymous>>"))
    nonisolated(unsafe) static let targetOnly = GoStd.obj("1556:13-29")
    nonisolated(unsafe) static let bothCall = GoStd.obj("1560:13-55")
    nonisolated(unsafe) static let bothTarget = GoStd.thunkObj("1560:28-44")

    /// Merges object `patch` into `target`; `caller` is the call's site (nil for the
    /// recursive calls, which go-jsonnet makes as tail calls).
    static func merge(_ target: Value, _ patch: ObjectValue, _ vm: Evaluator, caller: Node?) throws(RuntimeError) -> Value {
        var tObj: ObjectValue?
        if case .object(let t) = target { tObj = t }
        let tFields = tObj?.visibleFields(vm) ?? []
        let pFields = patch.visibleFields(vm)
        var pValues: [Int32: Value] = [:]
        pValues.reserveCapacity(pFields.count)
        do {
            if let c = caller { try vm.push(site: c) }
            defer { if caller != nil { vm.pop() } }
            // go-jsonnet reads the target through `targetFrames` even when it is already
            // computed (the recursive calls): they count towards the stack limit.
            let k = try GoStd.enter(vm, targetFrames)
            GoStd.leave(vm, k)
            let n = try GoStd.enter(vm, nullFrames)
            defer { GoStd.leave(vm, n) }
            for id in pFields { pValues[id] = try patch.field(id, vm, site: nullAt) ?? .null }
        }
        // The union of both field lists, in code point order, minus the patch's nulls.
        var names = ContiguousArray<Int32>()
        names.reserveCapacity(tFields.count + pFields.count)
        var i = 0, j = 0
        let table = vm.names
        while i < tFields.count || j < pFields.count {
            let id: Int32
            if j == pFields.count || (i < tFields.count && codepointLess(table.string(tFields[i]), table.string(pFields[j]))) {
                id = tFields[i]; i += 1
            } else if i == tFields.count || tFields[i] != pFields[j] {
                id = pFields[j]; j += 1
            } else {
                id = tFields[i]; i += 1; j += 1
            }
            if let pv = pValues[id], case .null = pv { continue }
            names.append(id)
        }
        var vals = ContiguousArray<Lazy>()
        vals.reserveCapacity(names.count)
        for id in names {
            guard let pv = pValues[id] else {
                vals.append(GoStd.fieldThunk(tObj!, id, at: targetOnly))
                continue
            }
            if let t = tObj, t.isVisible(id) == true {
                vals.append(.pending(Thunk(node: GoStdClosureNode { (vm) throws(RuntimeError) -> Value in
                    let tv: Value
                    do {
                        try vm.push(site: bothCall)
                        defer { vm.pop() }
                        tv = try t.field(id, vm, site: bothTarget) ?? .null
                    }
                    guard case .object(let po) = pv else { return pv }
                    return try merge(tv, po, vm, caller: nil)
                }, frame: GoStd.emptyFrame)))
            } else if case .object(let po) = pv {
                vals.append(.pending(Thunk(node: GoStdClosureNode { (vm) throws(RuntimeError) -> Value in
                    try merge(.null, po, vm, caller: nil)
                }, frame: GoStd.emptyFrame)))
            } else {
                vals.append(.ready(pv))
            }
        }
        let vis = ContiguousArray(repeating: Visibility.inherit, count: names.count)
        return .object(ObjectValue(layer: ObjectLayer(names: names, visibility: vis, bodyIndex: nil, source: .values(vals))))
    }
}

// MARK: go-jsonnet std library frames

/// Helpers reproducing the stack frames of go-jsonnet's std library written in Jsonnet: a
/// builtin that go-jsonnet implements there shows, in its errors, the `<std>:LINE:COL` sites
/// of that code above the caller's line.
enum GoStd {
    static let fnName = TraceName.anonymousFunction
    static let thunkFnName = TraceName("thunk from <function <anonymous>>")
    static let thunkThunkFnName = TraceName("thunk from <thunk from <function <anonymous>>>")
    static let thunkObjName = TraceName("thunk from <object <anonymous>>")

    static func site(_ location: String, _ context: TraceName?) -> SiteNode {
        SiteNode(fixedLocation: "<std>:" + location, context: context)
    }
    /// Code directly in a std function: `function <anonymous>`.
    static func fn(_ location: String) -> SiteNode { site(location, fnName) }
    /// A variable of a std function forced: `thunk from <function <anonymous>>`.
    static func thunkFn(_ location: String) -> SiteNode { site(location, thunkFnName) }
    /// A frame without a context (comprehensions, desugared code).
    static func plain(_ location: String) -> SiteNode { site(location, nil) }
    /// Code in an object built by std code: `object <anonymous>`.
    static func obj(_ location: String) -> SiteNode { site(location, TraceName.anonymousObject) }
    static func thunkObj(_ location: String) -> SiteNode { site(location, thunkObjName) }

    nonisolated(unsafe) static let emptyFrame = Frame.make(parent: nil, selfObject: nil, layer: 0, size: 0)

    /// The caller's site as a stack entry or error site: nil for a call without a position
    /// (a top-level function call), for which go-jsonnet prints no line.
    @inline(__always)
    static func caller(_ site: Node) -> Node? {
        if site.range.end < 0, let s = site as? SiteNode, s.fixedLocation == nil { return nil }
        return site
    }

    /// Pushes `frames` (outermost first); returns how many to pop.
    @inline(__always)
    static func enter(_ vm: Evaluator, _ frames: [Node]) throws(RuntimeError) -> Int {
        var n = 0
        do {
            for f in frames {
                try vm.push(site: f)
                n += 1
            }
        } catch {
            leave(vm, n)
            throw error
        }
        return n
    }

    @inline(__always)
    static func leave(_ vm: Evaluator, _ n: Int) {
        for _ in 0..<n { vm.pop() }
    }

    /// The value of argument `x` of a builtin called from `caller`, forced as std code does:
    /// with `frames` (outermost first) above the caller and the forcing expression at `at`.
    @inline(__always)
    static func force(_ x: Lazy, _ vm: Evaluator, caller: Node, frames: [Node], at: Node) throws(RuntimeError) -> Value {
        switch x {
        case .ready(let v): return v
        case .pending(let t):
            if let v = t.value { return v }
            return try forceSlow(t, vm, caller: caller, frames: frames, at: at)
        }
    }

    private static func forceSlow(_ t: Thunk, _ vm: Evaluator, caller: Node, frames: [Node], at: Node) throws(RuntimeError) -> Value {
        try vm.push(site: GoStd.caller(caller))
        defer { vm.pop() }
        let n = try enter(vm, frames)
        defer { leave(vm, n) }
        return try t.force(vm, site: at)
    }

    /// An error raised at the last of `frames` (the others, outermost first, below it),
    /// in std code called from `caller`.
    static func error(_ message: String, _ vm: Evaluator, caller: Node, frames: [Node]) -> RuntimeError {
        var lines: [TraceLine] = frames.reversed().map { $0.traceLine }
        if let c = GoStd.caller(caller) { lines.append(c.traceLine) }
        lines.append(contentsOf: vm.traceLines(errorSite: nil))
        return RuntimeError(message: message, trace: lines)
    }

    /// A lazy `o[k]` evaluated at `at`.
    @inline(__always)
    static func fieldThunk(_ o: ObjectValue, _ id: Int32, at: Node) -> Lazy {
        .pending(Thunk(node: GoStdFieldNode(o, id, at: at), frame: emptyFrame))
    }
}

/// The body of a thunk reading a field, as std code's `o[k]`.
final class GoStdFieldNode: Node {
    let object: ObjectValue
    let name: Int32
    let at: Node

    init(_ object: ObjectValue, _ name: Int32, at: Node) {
        self.object = object
        self.name = name
        self.at = at
        super.init(SiteNode.nowhere.range)
    }

    override func eval(_ f: Frame, _ vm: Evaluator) throws(RuntimeError) -> Value {
        guard let v = try object.field(name, vm, site: at) else {
            throw vm.error("Field does not exist: \(vm.names.string(name))", at: at)
        }
        return v
    }
}

/// The body of a thunk calling a function, as std code's `f(args)` at `at`.
final class GoStdCallNode: Node {
    let function: FunctionValue
    let args: [Lazy]
    let at: Node

    init(_ function: FunctionValue, _ args: [Lazy], at: Node) {
        self.function = function
        self.args = args
        self.at = at
        super.init(SiteNode.nowhere.range)
    }

    override func eval(_ f: Frame, _ vm: Evaluator) throws(RuntimeError) -> Value {
        try vm.call(function, args, site: at)
    }
}

/// The body of a thunk computed by Swift code.
final class GoStdClosureNode: Node {
    let body: (Evaluator) throws(RuntimeError) -> Value

    init(_ body: @escaping (Evaluator) throws(RuntimeError) -> Value) {
        self.body = body
        super.init(SiteNode.nowhere.range)
    }

    override func eval(_ f: Frame, _ vm: Evaluator) throws(RuntimeError) -> Value {
        try body(vm)
    }
}
