/// `std.manifestIni(ini)` as go-jsonnet writes it: the visible fields of `ini.main` (when
/// `main` is a visible field) as `key = value` lines, then for each visible field of
/// `ini.sections` a `[name]` line and its fields' lines; every line ends in a newline. Values
/// are written as `std.toString` does (strings as they are); an array gives one line per
/// element. Nothing is quoted or escaped.
///
/// go-jsonnet builds the lines lazily: it first evaluates every field value of every body (main,
/// then the sections in order), and only then formats the lines, so a field's evaluation error
/// comes before an element's or a function's in an earlier field. Errors carry the frames of
/// its Jsonnet implementation.
struct INIWriter {
    let vm: Evaluator

    private struct Body {
        let names: [Int32]
        let values: [Value]
    }

    init(vm: Evaluator) {
        self.vm = vm
    }

    /// The text; the call site is on the stack.
    func write(_ iniArg: Lazy) throws(RuntimeError) -> [UInt8] {
        try vm.push(site: INIStd.join)
        defer { vm.pop() }
        let ini = try vm.withVirtualFrames(INIStd.iniRead) { () throws(RuntimeError) -> Value in
            try iniArg.force(vm, site: INIStd.iniReadSite)
        }
        guard case .object(let o) = ini else {
            throw vm.virtualFramesError(INIStd.objectHas) { () -> RuntimeError in
                vm.typeError(ini, expected: "object", at: INIStd.objectHasSite)
            }
        }
        var bodies: [(header: Int32?, body: Body)] = []
        let mainID = vm.names.id("main")
        if o.isVisible(mainID) == true {
            let body = try vm.withVirtualFrames(INIStd.mainBody) { () throws(RuntimeError) -> Body in
                let main = try vm.withVirtualFrames(INIStd.bodyObjectFields) { () throws(RuntimeError) -> Value in
                    try o.field(mainID, vm, site: INIStd.mainRead)!
                }
                return try evaluateBody(main)
            }
            bodies.append((nil, body))
        }
        let sectionsID = vm.names.id("sections")
        let sections = try vm.withSites(INIStd.sectionsFrames) { () throws(RuntimeError) -> Value in
            guard let s = try o.field(sectionsID, vm, site: INIStd.sectionsRead) else {
                throw vm.error("Field does not exist: sections", at: INIStd.sectionsRead)
            }
            return s
        }
        guard case .object(let so) = sections else {
            throw vm.withStdFrames(INIStd.sectionsTypeFrames) { () -> RuntimeError in
                vm.typeError(sections, expected: "object", at: INIStd.objectFieldsSite)
            }
        }
        for name in so.visibleFields(vm) {
            let body = try vm.withVirtualFrames(INIStd.sectionBody) { () throws(RuntimeError) -> Body in
                let sv = try vm.withVirtualFrames(INIStd.sectionRead) { () throws(RuntimeError) -> Value in
                    try so.field(name, vm, site: INIStd.sectionReadSite)!
                }
                return try evaluateBody(sv)
            }
            bodies.append((name, body))
        }
        var out: [UInt8] = []
        out.reserveCapacity(256)
        for (header, body) in bodies {
            if let h = header {
                out.append(UInt8(ascii: "["))
                ManifestOut.appendRaw(vm.names.string(h), to: &out)
                out.append(contentsOf: "]\n".utf8)
            }
            for (k, name) in body.names.enumerated() {
                let key = vm.names.string(name)
                if case .array(let a) = body.values[k] {
                    let elements = a.elements
                    for e in elements {
                        let v = try vm.withVirtualFrames(INIStd.elementLine) { () throws(RuntimeError) -> Value in
                            try e.force(vm, site: INIStd.elementRead)
                        }
                        try line(key, v, INIStd.elementString, &out)
                    }
                } else {
                    try line(key, body.values[k], INIStd.valueString, &out)
                }
            }
        }
        return out
    }

    /// The field values of one body (which must be an object), in field order.
    private func evaluateBody(_ v: Value) throws(RuntimeError) -> Body {
        guard case .object(let o) = v else {
            throw vm.virtualFramesError(INIStd.bodyFields) { () -> RuntimeError in
                vm.typeError(v, expected: "object", at: INIStd.objectFieldsSite)
            }
        }
        let names = o.visibleFields(vm)
        var values: [Value] = []
        values.reserveCapacity(names.count)
        for name in names {
            values.append(try vm.withVirtualFrames(INIStd.valueRead) { () throws(RuntimeError) -> Value in
                try o.field(name, vm, site: INIStd.valueReadSite)!
            })
        }
        return Body(names: names, values: values)
    }

    private func line(_ key: String, _ v: Value, _ frames: [TraceLine], _ out: inout [UInt8]) throws(RuntimeError) {
        ManifestOut.appendRaw(key, to: &out)
        out.append(contentsOf: " = ".utf8)
        if case .string(let s) = v {
            ManifestOut.appendRaw(s, to: &out)
        } else {
            let text = try vm.withVirtualFrames(frames) { () throws(RuntimeError) -> String in
                try JSONWriter.toString(v, vm)
            }
            ManifestOut.appendRaw(text, to: &out)
        }
        out.append(0x0A)
    }
}

/// go-jsonnet's std.jsonnet frames for `manifestIni` (trace lines innermost first; site lists
/// outermost first).
enum INIStd {
    private static func l(_ loc: String, _ name: String) -> TraceLine { ManifestStd.line(loc, name) }
    private static func s(_ loc: String, _ ctx: String) -> SiteNode { ManifestStd.site(loc, TraceName(ctx)) }

    nonisolated(unsafe) static let join = s("927:5-71", "function <anonymous>")
    nonisolated(unsafe) static let iniReadSite = s("922:40-43", "thunk from <thunk <main_body> from <function <anonymous>>>")
    static let mainBody = [l("922:58-78", "thunk <main_body> from <function <anonymous>>"), l("927:20-29", "thunk from <function <anonymous>>")]
    static let objectHas = [l("922:26-52", "thunk <main_body> from <function <anonymous>>"), l("927:20-29", "thunk from <function <anonymous>>")]
    static let iniRead = [l("1576:21-22", "thunk from <function <anonymous>>"), l("1576:5-33", "function <anonymous>")] + objectHas
    nonisolated(unsafe) static let objectHasSite = s("1576:5-33", "function <anonymous>")
    nonisolated(unsafe) static let objectFieldsSite = s("1570:5-33", "function <anonymous>")

    /// `body_lines(body)`: `std.objectFields(body)` checking the body.
    static let bodyFields = [l("918:18-40", "thunk from <function <body_lines>>"), l("(911:20)-(919:8)", ""),
                             l("(911:7)-(919:9)", "function <body_lines>")]
    /// … reading the body's value (`ini.main`, `sections[k]`).
    static let bodyObjectFields = [l("918:35-39", "thunk from <thunk from <function <body_lines>>>"),
                                   l("1570:24-25", "thunk from <function <anonymous>>"),
                                   l("1570:5-33", "function <anonymous>")] + bodyFields
    nonisolated(unsafe) static let mainRead = s("922:69-77", "thunk from <thunk <main_body> from <function <anonymous>>>")
    /// A field's value, tested with `std.isArray`.
    static let valueRead = [l("913:24-39", "thunk from <thunk from <thunk from <function <body_lines>>>>"),
                            l("34:25-26", "thunk from <function <anonymous>>"), l("34:16-27", "function <anonymous>"),
                            l("913:12-40", "thunk from <thunk from <function <body_lines>>>"),
                            l("(911:7)-(919:9)", "function <body_lines>")]
    nonisolated(unsafe) static let valueReadSite = s("912:33-40", "thunk <value_or_values> from <thunk from <thunk from <function <body_lines>>>>")

    /// `section_lines(k, sections[k])` inside `all_sections`.
    static let sectionBody = [l("921:62-79", "function <section_lines>"),
                              l("924:7-40", "thunk from <thunk <all_sections> from <function <anonymous>>>"),
                              l("901:34-35", "function <anonymous>"), l("901:5-46", "function <anonymous>"),
                              l("927:32-63", "thunk from <function <anonymous>>")]
    static let sectionRead = [l("921:73-78", "thunk from <function <section_lines>>")] + bodyObjectFields
    nonisolated(unsafe) static let sectionReadSite = s("924:24-39", "thunk from <thunk from <thunk <all_sections> from <function <anonymous>>>>")

    nonisolated(unsafe) static let sectionsRead = s("925:33-45", "thunk from <thunk <all_sections> from <function <anonymous>>>")
    nonisolated(unsafe) static let allSectionsFrames: [Node] = [
        s("927:32-63", "thunk from <function <anonymous>>"),
        s("901:5-46", "function <anonymous>"), s("901:37-41", "thunk from <function <anonymous>>"),
        s("927:50-62", "thunk from <thunk from <function <anonymous>>>"), s("(923:26)-(926:6)", ""),
        s("925:16-46", "thunk <all_sections> from <function <anonymous>>"),
    ]
    nonisolated(unsafe) static let sectionsFrames: [Node] = allSectionsFrames + [
        s("1570:5-33", "function <anonymous>"), s("1570:24-25", "thunk from <function <anonymous>>"),
    ]
    nonisolated(unsafe) static let sectionsTypeFrames: [Node] = allSectionsFrames

    /// Formatting the lines (`'%s = %s' % [k, v]`), when the output is joined.
    static let valueString = ManifestStd.formatString + [l("916:12-44", "")]
    static let elementString = ManifestStd.formatString + [l("914:12-34", "")]
    static let elementLine = ManifestStd.formatValue + [l("914:12-34", "")]
    nonisolated(unsafe) static let elementRead = s("914:28-33", "thunk from <thunk from <thunk from <thunk from <function <body_lines>>>>>")
}

extension Evaluator {
    /// An error made while `frames` (outermost first) are on the stack.
    func withStdFrames(_ frames: [Node], _ make: () -> RuntimeError) -> RuntimeError {
        var pushed = 0
        for f in frames {
            if (try? push(site: f)) != nil { pushed += 1 }
        }
        let e = make()
        for _ in 0..<pushed { pop() }
        return e
    }

    /// An error made as if go-jsonnet's std frames `lines` (innermost first) were on the stack.
    func virtualFramesError(_ lines: [TraceLine], _ make: () -> RuntimeError) -> RuntimeError {
        let depth = stack.count
        return splice(make(), lines, stackDepth: depth)
    }
}
