/// `std.manifestXmlJsonml(value)` as go-jsonnet writes it: an element `[tag, {attrs}?,
/// children...]` becomes `<tag k="v"…>children</tag>`; string children are written as they
/// are; attribute values as `std.toString` gives them; attributes in field order. Nothing is
/// escaped. A tag may itself be a (nested) array of strings, which are joined.
///
/// Evaluation follows go-jsonnet's Jsonnet implementation: the tag first (`v[0]`, with the
/// indexing errors of a non-array), then the attributes, then the children in order. Each
/// element level costs go-jsonnet a fixed number of interpreter frames (measured: 11 per
/// level, 20–43 at the innermost step), charged here to reach the same "max stack frames
/// exceeded." decision.
struct XMLWriter {
    let vm: Evaluator
    let budget: Int
    var out: [UInt8] = []

    init(vm: Evaluator) {
        self.vm = vm
        self.budget = vm.maxStack - max(0, vm.stack.count - vm.trimmedFrames - 2)
        out.reserveCapacity(256)
    }

    @inline(__always)
    private func charge(_ frames: Int) throws(RuntimeError) {
        if frames > budget { throw vm.error("max stack frames exceeded.", at: nil) }
    }

    /// One element (`v` is anything but a string).
    mutating func writeElement(_ v: Value, frames: Int) throws(RuntimeError) {
        try charge(frames + 20)
        try vm.push(site: XMLStd.aux)
        defer { vm.pop() }
        // tag = v[0], read when the tag is first joined into the output.
        guard case .array(let a) = v else {
            throw vm.withStdFrames(XMLStd.tagFrames) { () -> RuntimeError in
                if case .object = v { return vm.error("Unexpected type number, expected string", at: XMLStd.tagRead) }
                return vm.error("Value non indexable: \(goTypeName(v))", at: XMLStd.tagRead)
            }
        }
        if a.count == 0 {
            throw vm.withStdFrames(XMLStd.tagFrames) { () -> RuntimeError in
                vm.error("Index 0 out of bounds, not within [0, 0)", at: XMLStd.tagRead)
            }
        }
        let tag = try vm.withSites(XMLStd.tagFrames) { () throws(RuntimeError) -> Value in
            try a.value(0, vm, site: XMLStd.tagRead)
        }
        var tagBytes: [UInt8] = []
        try joinTag(tag, into: &tagBytes)
        if a.count > 1 { try charge(frames + 23) }
        var childStart = 1
        out.append(UInt8(ascii: "<"))
        out.append(contentsOf: tagBytes)
        let second: Value? = a.count > 1
            ? try vm.withVirtualFrames(XMLStd.hasAttrsRead) { () throws(RuntimeError) -> Value in
                try a[1].force(vm, site: XMLStd.hasAttrsReadSite)
            }
            : nil
        if let second = second, case .object(let attrs) = second {
            childStart = 2
            let names = attrs.visibleFields(vm)
            if !names.isEmpty { try charge(frames + 43) }
            for name in names {
                out.append(0x20)
                ManifestOut.appendRaw(vm.names.string(name), to: &out)
                out.append(contentsOf: "=\"".utf8)
                let av = try vm.withVirtualFrames(XMLStd.attributeRead) { () throws(RuntimeError) -> Value in
                    try attrs.field(name, vm, site: XMLStd.attributeReadSite)!
                }
                if case .string(let s) = av {
                    ManifestOut.appendRaw(s, to: &out)
                } else {
                    let text = try vm.withVirtualFrames(XMLStd.attributeString) { () throws(RuntimeError) -> String in
                        try JSONWriter.toString(av, vm)
                    }
                    ManifestOut.appendRaw(text, to: &out)
                }
                out.append(0x22)
            }
        }
        out.append(UInt8(ascii: ">"))
        if childStart < a.count {
            for i in childStart..<a.count {
                let c = try vm.withVirtualFrames(XMLStd.childRead) { () throws(RuntimeError) -> Value in
                    try a[i].force(vm, site: XMLStd.childReadSite)
                }
                if case .string(let s) = c {
                    ManifestOut.appendRaw(s, to: &out)
                } else {
                    var pushed = 0
                    defer { for _ in 0..<pushed { vm.pop() } }
                    for f in XMLStd.childFrames {
                        try vm.push(site: f)
                        pushed += 1
                    }
                    try writeElement(c, frames: frames + 11)
                }
            }
        }
        out.append(contentsOf: "</".utf8)
        out.append(contentsOf: tagBytes)
        out.append(UInt8(ascii: ">"))
    }

    /// `std.deepJoin`-style flattening of a tag: strings, or arrays of them (nested).
    private func joinTag(_ v: Value, into out: inout [UInt8], nesting: Int = 0) throws(RuntimeError) {
        switch v {
        case .string(let s):
            ManifestOut.appendRaw(s, to: &out)
        case .array(let a):
            for i in 0..<a.count { try joinTag(try a.value(i, vm, site: nil), into: &out, nesting: nesting + 1) }
        default:
            var frames: [Node] = []
            for _ in 0...nesting { frames.append(contentsOf: XMLStd.deepJoinLevel) }
            throw vm.withStdFrames(frames) { () -> RuntimeError in
                vm.error("Expected string or array, got \(v.typeName)", at: XMLStd.deepJoinError)
            }
        }
    }
}

/// go-jsonnet's std.jsonnet locations for `manifestXmlJsonml`'s errors.
enum XMLStd {
    nonisolated(unsafe) static let notArray = ManifestStd.site("1348:7-75", ManifestStd.fn)
    nonisolated(unsafe) static let tagRead = ManifestStd.site("1354:23-27", TraceName("thunk <tag> from <function <aux>>"))
    nonisolated(unsafe) static let aux = ManifestStd.site("1360:11-95", TraceName("function <aux>"))
    nonisolated(unsafe) static let deepJoinError = ManifestStd.site("347:7-63", ManifestStd.fn)
    /// Outermost first: the frames under which the top element is written.
    nonisolated(unsafe) static let topFrames: [Node] = [
        ManifestStd.site("1362:7-17", ManifestStd.fn),
    ]
    /// Outermost first: reading the tag while joining the element's parts.
    nonisolated(unsafe) static let tagFrames: [Node] = [
        ManifestStd.site("345:7-51", ManifestStd.fn), ManifestStd.site("345:21-36", ManifestStd.th2),
        ManifestStd.site("342:8-25", ManifestStd.fn), ManifestStd.site("30:17-28", ManifestStd.fn),
        ManifestStd.site("30:26-27", ManifestStd.th1), ManifestStd.site("342:21-24", ManifestStd.th1),
        ManifestStd.site("345:34-35", ManifestStd.th3),
        ManifestStd.site("1360:30-33", TraceName("thunk from <thunk from <function <aux>>>")),
    ]
    /// Outermost first: from an element's frame to its child element's.
    nonisolated(unsafe) static let childFrames: [Node] = deepJoinLevel + deepJoinLevel + [
        ManifestStd.site("342:8-25", ManifestStd.fn), ManifestStd.site("30:17-28", ManifestStd.fn),
        ManifestStd.site("30:26-27", ManifestStd.th1), ManifestStd.site("342:21-24", ManifestStd.th1),
        ManifestStd.site("345:34-35", ManifestStd.th3),
        ManifestStd.site("1360:52-58", TraceName("thunk from <thunk from <thunk from <function <aux>>>>")),
    ]
    private static func l(_ loc: String, _ name: String) -> TraceLine { ManifestStd.line(loc, name) }
    /// Innermost first: `std.deepJoin` joining an element's parts, from the part to the element.
    static let partOfElement: [TraceLine] = [
        l("345:34-35", "thunk from <thunk from <thunk from <function <anonymous>>>>"),
        l("342:21-24", "thunk from <function <anonymous>>"), l("30:26-27", "thunk from <function <anonymous>>"),
        l("30:17-28", "function <anonymous>"), l("342:8-25", "function <anonymous>"),
        l("345:21-36", "thunk from <thunk from <function <anonymous>>>"), l("345:7-51", "function <anonymous>"),
    ]
    /// Innermost first: the `attrs_str` part, `std.join('', [' %s="%s"' % [k, attrs[k]] for k in …])`.
    static let attributes: [TraceLine] = [
        l("1359:13-88", "thunk <attrs_str> from <function <aux>>"), l("1360:35-44", "thunk from <thunk from <function <aux>>>"),
    ] + partOfElement
    static let hasAttrsRead: [TraceLine] = [
        l("33:26-27", "thunk from <function <anonymous>>"), l("33:17-28", "function <anonymous>"),
        l("1355:50-68", "thunk <has_attrs> from <function <aux>>"), l("1356:28-37", "thunk <attrs> from <function <aux>>"),
        l("1359:80-85", "thunk from <thunk from <thunk <attrs_str> from <function <aux>>>>"),
        l("1570:24-25", "thunk from <function <anonymous>>"), l("1570:5-33", "function <anonymous>"),
        l("1359:63-86", "thunk from <thunk <attrs_str> from <function <aux>>>"), l("1359:26-87", ""),
    ] + attributes
    nonisolated(unsafe) static let hasAttrsReadSite = ManifestStd.site("1355:63-67", TraceName("thunk from <thunk <has_attrs> from <function <aux>>>"))
    static let attributeRead = ManifestStd.formatValue + [l("1359:27-53", "")] + attributes
    static let attributeString = ManifestStd.formatString + [l("1359:27-53", "")] + attributes
    nonisolated(unsafe) static let attributeReadSite = ManifestStd.site("1359:44-52", TraceName("thunk from <thunk from <thunk from <thunk <attrs_str> from <function <aux>>>>>"))
    /// Innermost first: `aux(child)` testing `std.isString(child)`, from a child of `std.map(aux, children)`.
    static let childRead: [TraceLine] = [
        l("1360:56-57", "thunk from <thunk from <thunk from <thunk from <function <aux>>>>>"),
        l("1351:25-26", "thunk from <function <aux>>"), l("30:26-27", "thunk from <function <anonymous>>"),
        l("30:17-28", "function <anonymous>"), l("1351:12-27", "function <aux>"),
        l("1360:52-58", "thunk from <thunk from <thunk from <function <aux>>>>"),
    ] + partOfElement + [
        l("345:21-36", "thunk from <thunk from <function <anonymous>>>"), l("345:7-51", "function <anonymous>"),
    ]
    nonisolated(unsafe) static let childReadSite = ManifestStd.site("243:22-42", TraceName("thunk from <thunk from <function <build>>>"))
    nonisolated(unsafe) static let deepJoinLevel: [Node] = [
        ManifestStd.site("345:7-51", ManifestStd.fn), ManifestStd.site("345:21-36", ManifestStd.th2),
    ]
}
