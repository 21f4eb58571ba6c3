/// `std.manifestPython(v)` and `std.manifestPythonVars(conf)` as go-jsonnet writes them:
/// `True`/`False`/`None`, JSON-quoted strings and keys (go-jsonnet's own escaping), numbers as
/// in its JSON output, `[a, b]`, `{"k": v}`.
///
/// go-jsonnet implements these in Jsonnet on top of `std.format`: each nesting level sits
/// under a fixed chain of its std frames (an array level 20, an object level 38), which its
/// error traces show and which count against the stack limit, so deep values end in "max
/// stack frames exceeded." long before the manifest depth limit. The writer adds the same
/// lines to traces (`withVirtualFrames`) and charges the same frame counts (plus the measured
/// cost of the innermost step) to reach the same decision.
struct PythonWriter {
    let vm: Evaluator
    /// Frames available to the emulated recursion: the stack limit minus the depth of the call.
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

    /// `frames`: the emulated frame count of the enclosing levels.
    mutating func write(_ v: Value, frames: Int) throws(RuntimeError) {
        switch v {
        case .null:
            try charge(frames + 6)
            out.append(contentsOf: "None".utf8)
        case .bool(let b):
            try charge(frames + 6)
            out.append(contentsOf: (b ? "True" : "False").utf8)
        case .number(let d):
            try charge(frames + 6)
            ManifestOut.appendJsonnetNumber(d, to: &out)
        case .string(let s):
            try charge(frames + 32)
            ManifestOut.appendJsonnetQuoted(s, to: &out)
        case .function:
            throw vm.error("cannot manifest function", at: PythonStd.functionError)
        case .array(let a):
            try charge(frames + 32)
            out.append(UInt8(ascii: "["))
            let elements = a.elements
            for i in 0..<elements.count {
                if i > 0 { out.append(contentsOf: ", ".utf8) }
                try vm.withVirtualFrames(PythonStd.arrayLevel) { () throws(RuntimeError) in
                    let e = try vm.withVirtualFrames(ManifestStd.pythonReadValue) { () throws(RuntimeError) -> Value in
                        try elements[i].force(vm, site: PythonStd.elementRead)
                    }
                    try write(e, frames: frames + 20)
                }
            }
            out.append(UInt8(ascii: "]"))
        case .object(let o):
            try charge(frames + 32)
            out.append(UInt8(ascii: "{"))
            var first = true
            for name in o.visibleFields(vm) {
                if !first { out.append(contentsOf: ", ".utf8) }
                first = false
                try charge(frames + 51)
                ManifestOut.appendJsonnetQuoted(vm.names.string(name), to: &out)
                out.append(contentsOf: ": ".utf8)
                try vm.withVirtualFrames(PythonStd.objectLevel) { () throws(RuntimeError) in
                    let fv = try vm.withVirtualFrames(ManifestStd.pythonReadValue) { () throws(RuntimeError) -> Value in
                        try o.field(name, vm, site: PythonStd.fieldRead)!
                    }
                    try write(fv, frames: frames + 38)
                }
            }
            out.append(UInt8(ascii: "}"))
        }
    }

    /// `manifestPythonVars`: `name = value` lines, each ending in a newline.
    mutating func writeVars(_ conf: ObjectValue) throws(RuntimeError) {
        try charge(9)
        let fields = conf.visibleFields(vm)
        if !fields.isEmpty { try charge(33) }
        try vm.push(site: PythonStd.varsJoin)
        defer { vm.pop() }
        for name in fields {
            ManifestOut.appendRaw(vm.names.string(name), to: &out)
            out.append(contentsOf: " = ".utf8)
            try vm.withVirtualFrames(PythonStd.varsLevel) { () throws(RuntimeError) in
                let fv = try vm.withVirtualFrames(ManifestStd.pythonReadValue) { () throws(RuntimeError) -> Value in
                    try conf.field(name, vm, site: PythonStd.varsRead)!
                }
                try write(fv, frames: 20)
            }
            out.append(0x0A)
        }
    }
}

/// go-jsonnet's std.jsonnet frames for `manifestPython` and `manifestPythonVars`.
enum PythonStd {
    private static func l(_ loc: String, _ name: String) -> TraceLine { ManifestStd.line(loc, name) }

    nonisolated(unsafe) static let functionError = ManifestStd.site("1332:7-39", ManifestStd.fn)
    nonisolated(unsafe) static let elementRead = ManifestStd.site("1328:52-54", TraceName("thunk from <thunk from <thunk from <thunk from <function <anonymous>>>>>"))
    nonisolated(unsafe) static let fieldRead = ManifestStd.site("1323:67-71", TraceName("thunk from <thunk from <thunk from <thunk <fields> from <function <anonymous>>>>>"))
    nonisolated(unsafe) static let varsRead = ManifestStd.site("1343:54-61", TraceName("thunk from <thunk from <thunk from <thunk <vars> from <function <anonymous>>>>>"))
    nonisolated(unsafe) static let varsJoin = ManifestStd.site("1344:5-32", ManifestStd.fn)

    /// Innermost first: an element of an array, written by `'[%s]' % std.join(', ', …)`.
    static let arrayLevel: [TraceLine] = [
        l("1328:33-55", "thunk from <thunk from <thunk from <function <anonymous>>>>"),
        l("1328:17-69", "thunk from <function <anonymous>>"),
    ] + ManifestStd.formatValue + [l("1328:7-70", "")]
    /// Innermost first: a field value, written by `'%s: %s' % […]` inside `'{%s}' % std.join(…)`.
    static let objectLevel: [TraceLine] = [
        l("1323:48-72", "thunk from <thunk from <thunk <fields> from <function <anonymous>>>>"),
    ] + ManifestStd.formatValue + [
        l("1323:9-73", ""),
        l("1326:17-39", "thunk from <function <anonymous>>"),
    ] + ManifestStd.formatValue + [l("1326:7-40", "")]
    /// Innermost first: a variable's value, written by `'%s = %s' % […]`.
    static let varsLevel: [TraceLine] = [
        l("1343:35-62", "thunk from <thunk from <thunk <vars> from <function <anonymous>>>>"),
    ] + ManifestStd.formatValue + [l("1343:19-63", "")]
}
