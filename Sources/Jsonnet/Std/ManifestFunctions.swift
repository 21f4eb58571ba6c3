/// std manifesters: `manifestJson*`, `manifestYamlDoc`, `manifestYamlStream`, `manifestIni`, `manifestPython*`, `manifestXmlJsonml`, `manifestToml*`.
///
/// go-jsonnet implements `manifestJsonEx`, `manifestYamlDoc` and `manifestTomlEx` natively
/// (strict arguments, errors at the call); the others in Jsonnet, so their arguments are lazy
/// and their errors carry `<std>` frames, reproduced here (locations read off go-jsonnet's
/// traces). The writers are in `Manifest/`.
enum ManifestFunctions {
    private typealias P = Builtin.Param

    static func register(_ std: StdLibrary) {
        std.add(Builtin("manifestJsonEx", [P(name: "value", defaultValue: nil), P(name: "indent", defaultValue: nil),
                                           P(name: "newline", defaultValue: .str("\n")),
                                           P(name: "key_val_sep", defaultValue: .str(": "))]) { a, vm, site throws(RuntimeError) in
            let indent = try vm.string(a[1], site)
            let newline = try vm.string(a[2], site)
            let sep = try vm.string(a[3], site)
            try vm.push(site: site)
            defer { vm.pop() }
            return try jsonEx(a[0], indent: indent, newline: newline, sep: sep, vm)
        })
        std.add(Builtin("manifestJson", [P(name: "value", defaultValue: nil)], lazy: { a, vm, site throws(RuntimeError) in
            try vm.withSites([site, Sites.jsonCall]) { () throws(RuntimeError) -> Value in
                let v = try a[0].force(vm, site: Sites.jsonValue)
                return try jsonEx(v, indent: JString("    "), newline: JString("\n"), sep: JString(": "), vm)
            }
        }))
        std.add(Builtin("manifestJsonMinified", [P(name: "value", defaultValue: nil)], lazy: { a, vm, site throws(RuntimeError) in
            try vm.withSites([site, Sites.minifiedCall]) { () throws(RuntimeError) -> Value in
                let v = try a[0].force(vm, site: Sites.minifiedValue)
                return try jsonEx(v, indent: JString.empty, newline: JString.empty, sep: JString(":"), vm)
            }
        }))

        std.add(Builtin("manifestYamlDoc", [P(name: "value", defaultValue: nil),
                                            P(name: "indent_array_in_object", defaultValue: .false),
                                            P(name: "quote_keys", defaultValue: .true)]) { a, vm, site throws(RuntimeError) in
            let indentArrays = try vm.bool(a[1], site)
            let quoteKeys = try vm.bool(a[2], site)
            try vm.push(site: site)
            defer { vm.pop() }
            var w = YAMLWriter(vm: vm, indentArrayInObject: indentArrays, quoteKeys: quoteKeys)
            try w.writeDocument(a[0])
            return ManifestOut.string(w.out)
        })
        std.add(Builtin("manifestYamlStream", [P(name: "value", defaultValue: nil),
                                               P(name: "indent_array_in_object", defaultValue: .false),
                                               P(name: "c_document_end", defaultValue: .true),
                                               P(name: "quote_keys", defaultValue: .true)], lazy: { a, vm, site throws(RuntimeError) in
            try vm.push(site: site)
            defer { vm.pop() }
            return try yamlStream(a, vm)
        }))

        std.add(Builtin("manifestTomlEx", [P(name: "value", defaultValue: nil), P(name: "indent", defaultValue: nil)]) { a, vm, site throws(RuntimeError) in
            let indent = try vm.string(a[1], site)
            guard case .object(let o) = a[0] else {
                throw vm.error("TOML body must be an object. Got \(a[0].typeName)", at: site)
            }
            try vm.push(site: site)
            defer { vm.pop() }
            return try toml(o, indent: indent, vm)
        })
        std.add(Builtin("manifestToml", [P(name: "value", defaultValue: nil)], lazy: { a, vm, site throws(RuntimeError) in
            try vm.withSites([site, Sites.tomlCall]) { () throws(RuntimeError) -> Value in
                let v = try a[0].force(vm, site: Sites.tomlValue)
                guard case .object(let o) = v else {
                    throw vm.error("TOML body must be an object. Got \(v.typeName)", at: nil)
                }
                return try toml(o, indent: JString("  "), vm)
            }
        }))

        std.add(Builtin("manifestPython", [P(name: "v", defaultValue: nil)], lazy: { a, vm, site throws(RuntimeError) in
            try vm.push(site: site)
            defer { vm.pop() }
            let v = try vm.forceStdArgument(a[0], frames: Sites.pythonValueFrames, read: Sites.pythonValue)
            var w = PythonWriter(vm: vm)
            try w.write(v, frames: 0)
            return ManifestOut.string(w.out)
        }))
        std.add(Builtin("manifestPythonVars", [P(name: "conf", defaultValue: nil)], lazy: { a, vm, site throws(RuntimeError) in
            try vm.push(site: site)
            defer { vm.pop() }
            let v = try vm.forceStdArgument(a[0], frames: Sites.pythonVarsConfFrames, read: Sites.pythonVarsConf)
            guard case .object(let conf) = v else {
                throw vm.withStdFrames(Sites.pythonVarsTypeFrames) { () -> RuntimeError in
                    vm.typeError(v, expected: "object", at: Sites.objectFields)
                }
            }
            var w = PythonWriter(vm: vm)
            try w.writeVars(conf)
            return ManifestOut.string(w.out)
        }))

        std.add(Builtin("manifestIni", [P(name: "ini", defaultValue: nil)], lazy: { a, vm, site throws(RuntimeError) in
            try vm.push(site: site)
            defer { vm.pop() }
            return ManifestOut.string(try INIWriter(vm: vm).write(a[0]))
        }))

        std.add(Builtin("manifestXmlJsonml", [P(name: "value", defaultValue: nil)], lazy: { a, vm, site throws(RuntimeError) in
            try vm.push(site: site)
            defer { vm.pop() }
            let v = try vm.forceStdArgument(a[0], frames: Sites.xmlValueFrames, read: Sites.xmlValue)
            guard case .array = v else {
                throw vm.error("Expected a JSONML value (an array), got \(v.typeName)", at: XMLStd.notArray)
            }
            return try vm.withSites(XMLStd.topFrames) { () throws(RuntimeError) -> Value in
                var w = XMLWriter(vm: vm)
                try w.writeElement(v, frames: 0)
                return ManifestOut.string(w.out)
            }
        }))
    }

    // MARK: bodies

    private static func jsonEx(_ v: Value, indent: JString, newline: JString, sep: JString, _ vm: Evaluator) throws(RuntimeError) -> Value {
        var w = JSONExWriter(vm: vm, indent: indent, newline: newline, keyValueSeparator: sep)
        try w.write(v, depth: 0)
        return ManifestOut.string(w.out)
    }

    private static func toml(_ o: ObjectValue, indent: JString, _ vm: Evaluator) throws(RuntimeError) -> Value {
        var w = TOMLWriter(vm: vm, indent: indent)
        var out: [UInt8] = []
        out.reserveCapacity(1024)
        try w.writeTable(o, level: 0, depth: 0, into: &out)
        return ManifestOut.string(out)
    }

    /// `'---\n' + std.join('\n---\n', [std.manifestYamlDoc(e, …) for e in value]) +
    /// (if c_document_end then '\n...\n' else '\n')`, with go-jsonnet's frames.
    private static func yamlStream(_ a: [Lazy], _ vm: Evaluator) throws(RuntimeError) -> Value {
        let value = try vm.forceStdArgument(a[0], frames: Sites.streamValueFrames, read: Sites.streamValue)
        guard case .array(let docs) = value else {
            throw vm.error("manifestYamlStream only takes arrays, got \(value.typeName)", at: Sites.streamNotArray)
        }
        var out: [UInt8] = Array("---\n".utf8)
        try vm.withSites([Sites.streamJoin]) { () throws(RuntimeError) in
            for i in 0..<docs.count {
                try vm.withSites([Sites.streamDoc]) { () throws(RuntimeError) in
                    let e = try docs[i].force(vm, site: Sites.streamElement)
                    let indentV = try a[1].force(vm, site: Sites.streamIndent)
                    let quoteV = try a[3].force(vm, site: Sites.streamQuoteKeys)
                    guard case .bool(let indentArrays) = indentV else { throw vm.typeError(indentV, expected: "boolean", at: nil) }
                    guard case .bool(let quoteKeys) = quoteV else { throw vm.typeError(quoteV, expected: "boolean", at: nil) }
                    var w = YAMLWriter(vm: vm, indentArrayInObject: indentArrays, quoteKeys: quoteKeys)
                    try w.writeDocument(e)
                    if i > 0 { out.append(contentsOf: "\n---\n".utf8) }
                    out.append(contentsOf: w.out)
                }
            }
        }
        let endV = try a[2].force(vm, site: Sites.streamEndRead)
        guard case .bool(let end) = endV else {
            throw vm.typeError(endV, expected: "boolean", at: Sites.streamEnd)
        }
        out.append(contentsOf: (end ? "\n...\n" : "\n").utf8)
        return ManifestOut.string(out)
    }

    /// go-jsonnet's std.jsonnet locations (read off its traces).
    private enum Sites {
        static let fn = ManifestStd.fn, th1 = ManifestStd.th1, th2 = ManifestStd.th2, th3 = ManifestStd.th3
        static func s(_ loc: String, _ ctx: TraceName) -> SiteNode { ManifestStd.site(loc, ctx) }

        nonisolated(unsafe) static let jsonCall = s("1059:25-58", fn)
        nonisolated(unsafe) static let jsonValue = s("1059:44-49", th1)
        nonisolated(unsafe) static let minifiedCall = s("1061:33-71", fn)
        nonisolated(unsafe) static let minifiedValue = s("1061:52-57", th1)
        nonisolated(unsafe) static let tomlCall = s("929:25-56", fn)
        nonisolated(unsafe) static let tomlValue = s("929:44-49", th1)

        nonisolated(unsafe) static let streamValueFrames: [Node] = [s("1312:9-27", fn), s("34:16-27", fn), s("34:25-26", th1)]
        nonisolated(unsafe) static let streamValue = s("1312:21-26", th1)
        nonisolated(unsafe) static let streamNotArray = s("1313:7-75", fn)
        nonisolated(unsafe) static let streamJoin = s("(1315:17)-(1317:8)", fn)
        nonisolated(unsafe) static let streamDoc = s("1316:21-79", th2)
        nonisolated(unsafe) static let streamElement = s("1316:41-42", th3)
        nonisolated(unsafe) static let streamIndent = s("1316:44-66", th3)
        nonisolated(unsafe) static let streamQuoteKeys = s("1316:68-78", th3)
        nonisolated(unsafe) static let streamEndRead = s("1317:14-28", fn)
        nonisolated(unsafe) static let streamEnd = s("1317:11-53", fn)

        nonisolated(unsafe) static let pythonValueFrames: [Node] = [s("1321:8-23", fn), s("33:17-28", fn), s("33:26-27", th1)]
        nonisolated(unsafe) static let pythonValue = s("1321:21-22", th1)
        nonisolated(unsafe) static let pythonVarsTypeFrames: [Node] = [
            s("1344:5-32", fn), s("1344:20-24", th1), s("1343:18-96", ManifestStd.none),
            s("1343:73-95", TraceName("thunk <vars> from <function <anonymous>>")),
        ]
        nonisolated(unsafe) static let pythonVarsConfFrames: [Node] = pythonVarsTypeFrames + [s("1570:5-33", fn), s("1570:24-25", th1)]
        nonisolated(unsafe) static let pythonVarsConf = s("1343:90-94", TraceName("thunk from <thunk <vars> from <function <anonymous>>>"))
        nonisolated(unsafe) static let objectFields = s("1570:5-33", fn)

        nonisolated(unsafe) static let xmlValueFrames: [Node] = [s("1347:9-27", fn), s("34:16-27", fn), s("34:25-26", th1)]
        nonisolated(unsafe) static let xmlValue = s("1347:21-26", th1)
    }
}
