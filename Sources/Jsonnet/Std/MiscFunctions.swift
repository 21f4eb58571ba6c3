/// std functions about the evaluation itself: `extVar`, `native`, `trace`, `assertEqual`,
/// `resolvePath`.
enum MiscFunctions {
    static func register(_ std: StdLibrary) {
        std.add(Builtin("extVar", ["x"]) { a, vm, site throws(RuntimeError) in
            guard case .string(let name) = a[0] else { throw vm.typeError(a[0], expected: "string", at: GoStd.caller(site)) }
            return try vm.externalVariable(name.string, site: site)
        })
        std.add(Builtin("native", ["x"]) { a, vm, site throws(RuntimeError) in
            guard case .string(let name) = a[0] else { throw vm.typeError(a[0], expected: "string", at: GoStd.caller(site)) }
            guard let nf = vm.nativeFunctions[name.string] else { return .null }
            return .function(FunctionValue(builtin: nativeBuiltin(name.string, nf)))
        })
        std.add(Builtin("trace", ["str", "rest"]) { a, vm, site throws(RuntimeError) in
            guard case .string(let s) = a[0] else { throw vm.typeError(a[0], expected: "string", at: GoStd.caller(site)) }
            vm.traceOutput("TRACE: \(traceLocation(site)) \(s.string)\n")
            return a[1]
        })
        registerAssertEqual(std)
        registerResolvePath(std)
    }

    /// `file:line` of a call as `std.trace` prints it (`<std>:296` inside go's std code).
    static func traceLocation(_ site: Node) -> String {
        if let s = site as? SiteNode, let fixed = s.fixedLocation {
            // "<std>:296:14-29" or "<std>:(1646:34)-(1650:6)"
            var rest = Substring(fixed)
            var file = ""
            if let c = rest.firstIndex(of: ":") {
                file = String(rest[..<c])
                rest = rest[rest.index(after: c)...]
            }
            if rest.hasPrefix("(") { rest = rest.dropFirst() }
            return "\(file):\(rest.prefix(while: { $0.isNumber }))"
        }
        if site.range.end < 0 { return ":0" }
        let loc = site.range.file.location(of: Int(site.range.start))
        return "\(site.range.file.path):\(loc.line)"
    }

    // MARK: native functions

    /// A builtin calling a function registered by the embedding program: arguments are
    /// converted to plain JSON as go-jsonnet manifests them, the result back to a value.
    static func nativeBuiltin(_ name: String, _ nf: NativeFunction) -> Builtin {
        Builtin(name, nf.params) { args, vm, site throws(RuntimeError) in
            var json: [JSONValue] = []
            json.reserveCapacity(args.count)
            do {
                try vm.push(site: GoStd.caller(site))
                defer { vm.pop() }
                for a in args { json.append(try toJSON(a, vm)) }
            }
            let result: JSONValue
            do {
                result = try nf.body(json)
            } catch {
                throw vm.error("\(error)", at: GoStd.caller(site))
            }
            return try fromJSON(result, vm, site: site)
        }
    }

    /// Collects where object fields are defined while a value is converted to JSON: for each
    /// field reached through objects only, up to `depth` levels, its path (`.a.b`) and the
    /// source position of its body (`file:line:col`).
    final class FieldLocations {
        let depth: Int
        var found: [String: String] = [:]

        init(depth: Int) { self.depth = depth }
    }

    /// A value as plain JSON, with manifestation's `Field "x"` / `Array element n` frames.
    static func toJSON(_ v: Value, _ vm: Evaluator, locations: FieldLocations? = nil, path: String = "", level: Int = 0) throws(RuntimeError) -> JSONValue {
        switch v {
        case .null: return .null
        case .bool(let b): return .bool(b)
        case .number(let d): return .number(d)
        case .string(let s): return .string(s.string)
        case .array(let a):
            var out: [JSONValue] = []
            out.reserveCapacity(a.count)
            for i in 0..<a.count {
                try vm.pushPseudo(TraceName.element, detail: i)
                defer { vm.pop() }
                out.append(try toJSON(try a.value(i, vm, site: nil), vm))
            }
            return .array(out)
        case .object(let o):
            try o.checkAssertions(vm, fromManifest: true)
            var out: [String: JSONValue] = [:]
            for id in o.visibleFields(vm) {
                let key = vm.names.string(id)
                try vm.pushPseudo(TraceName.field, fieldName: key)
                defer { vm.pop() }
                if let locations, level < locations.depth {
                    let fieldPath = path + "." + key
                    if let r = o.definitionRange(id) {
                        let at = r.file.location(of: Int(r.start))
                        locations.found[fieldPath] = "\(r.file.path):\(at.line):\(at.column)"
                    }
                    out[key] = try toJSON(try o.field(id, vm, site: nil) ?? .null, vm, locations: locations, path: fieldPath, level: level + 1)
                } else {
                    out[key] = try toJSON(try o.field(id, vm, site: nil) ?? .null, vm)
                }
            }
            return .object(out)
        case .function:
            throw vm.error("couldn't manifest function as JSON", at: nil)
        }
    }

    /// A native function's result as a value; non-finite numbers are errors at the call.
    static func fromJSON(_ j: JSONValue, _ vm: Evaluator, site: Node) throws(RuntimeError) -> Value {
        switch j {
        case .null: return .null
        case .bool(let b): return .bool(b)
        case .number(let d): return try Operators.checked(d, vm, GoStd.caller(site))
        case .string(let s): return .string(JString(s))
        case .array(let a):
            var out = ContiguousArray<Lazy>()
            out.reserveCapacity(a.count)
            for e in a { out.append(.ready(try fromJSON(e, vm, site: site))) }
            return .array(ArrayValue(out))
        case .object(let o):
            var names = ContiguousArray<Int32>()
            var vals = ContiguousArray<Lazy>()
            names.reserveCapacity(o.count)
            vals.reserveCapacity(o.count)
            for (k, v) in o {
                names.append(vm.names.id(k))
                vals.append(.ready(try fromJSON(v, vm, site: site)))
            }
            let vis = ContiguousArray(repeating: Visibility.inherit, count: names.count)
            return .object(ObjectValue(layer: ObjectLayer(names: names, visibility: vis, bodyIndex: nil, source: .values(vals))))
        }
    }

    // MARK: assertEqual

    /// `if a == b then true else error 'Assertion failed. ' + a + ' != ' + b` with both sides
    /// shown as JSON, at go-jsonnet's locations.
    private static func registerAssertEqual(_ std: StdLibrary) {
        let aAt = GoStd.fn("858:8-9"), bAt = GoStd.fn("858:13-14"), eq = GoStd.fn("858:8-14")
        let left = GoStd.fn("861:13-40"), right = GoStd.fn("861:13-56"), fail = [GoStd.fn("861:7-56")]
        let params = [Builtin.Param(name: "a", defaultValue: nil), Builtin.Param(name: "b", defaultValue: nil)]
        std.add(Builtin("assertEqual", params, lazy: { args, vm, site throws(RuntimeError) in
            let a = try GoStd.force(args[0], vm, caller: site, frames: [], at: aAt)
            let b = try GoStd.force(args[1], vm, caller: site, frames: [], at: bAt)
            let l: String, r: String
            do {
                try vm.push(site: GoStd.caller(site))
                defer { vm.pop() }
                if try Operators.equals(a, b, vm, site: eq) { return .true }
                do {
                    try vm.push(site: left)
                    defer { vm.pop() }
                    l = try JSONWriter.toString(a, vm, quoteStrings: true)
                }
                try vm.push(site: right)
                defer { vm.pop() }
                r = try JSONWriter.toString(b, vm, quoteStrings: true)
            }
            throw GoStd.error("Assertion failed. \(l) != \(r)", vm, caller: site, frames: fail)
        }))
    }

    // MARK: resolvePath

    /// `resolvePath(f, r)`: `f` without its last `/`-separated component, then `r`, joined
    /// with `/` (go-jsonnet splits `f` and joins with `std.join`, which skips a null `r`).
    private static func registerResolvePath(_ std: StdLibrary) {
        // The frames of `std.join('/', std.makeArray(std.length(arr) - 1, …) + [r])` reaching
        // `arr = std.split(f, '/')`, and of `std.split`'s check of `f`.
        let join = GoStd.fn("1632:5-80")
        let toSplit: [Node] = [join, GoStd.thunkFn("1632:19-73"), GoStd.site("1632:33-48", TraceName("thunk from <thunk from <function <anonymous>>>")),
                               GoStd.site("1632:44-47", TraceName("thunk from <thunk from <thunk from <function <anonymous>>>>")),
                               GoStd.site("1631:17-34", TraceName("thunk <arr> from <function <anonymous>>"))]
        let fFrames = toSplit + [GoStd.fn("116:12-29"), GoStd.fn("30:17-28"), GoStd.thunkFn("30:26-27"), GoStd.thunkFn("116:25-28")]
        let fAt = GoStd.site("1631:27-28", TraceName("thunk from <thunk <arr> from <function <anonymous>>>"))
        let splitError = toSplit + [GoStd.plain("(116:5)-(119:31)")]
        let rAt = GoStd.site("1632:77-78", TraceName("thunk from <thunk from <function <anonymous>>>"))
        let params = [Builtin.Param(name: "f", defaultValue: nil), Builtin.Param(name: "r", defaultValue: nil)]
        std.add(Builtin("resolvePath", params, lazy: { args, vm, site throws(RuntimeError) in
            let fv = try GoStd.force(args[0], vm, caller: site, frames: fFrames, at: fAt)
            guard case .string(let f) = fv else {
                throw GoStd.error("std.split first parameter must be a String, got \(fv.typeName)", vm, caller: site, frames: splitError)
            }
            let rv = try GoStd.force(args[1], vm, caller: site, frames: [join], at: rAt)
            let s = f.string
            var prefix: JString?
            if let slash = s.utf8.lastIndex(of: UInt8(ascii: "/")) { prefix = JString(String(s[..<slash])) }
            switch rv {
            case .null:
                return .string(prefix ?? JString(""))
            case .string(let r):
                guard let p = prefix else { return rv }
                return .string(JString.concat(JString.concat(p, JString("/")), r))
            default:
                throw GoStd.error("Unexpected type \(rv.typeName), expected string", vm, caller: site, frames: [join])
            }
        }))
    }
}
