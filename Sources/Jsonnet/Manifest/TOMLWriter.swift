/// `std.manifestTomlEx(value, indent)` as go-jsonnet writes it.
///
/// Observed layout of a table body at level L (lines prefixed by L indents): first the plain
/// fields, `key = value`, one per line; then each sub-table (an object field) and each element
/// of an array of tables (a non-empty array whose elements are all objects), each preceded by
/// a blank line: `[path]` / `[[path]]` at level L, its own body at level L + 1 on the
/// following lines. Fields are visited in order, each rendered (and its errors raised) when
/// reached. Top-level arrays are written one element per line; arrays and objects inside
/// them inline (`[ 1, 2 ]`, `{ k = v }`, `[]`, `{  }`). Keys are bare when made of
/// `[A-Za-z0-9_-]`, `''` when empty, JSON-quoted otherwise. `null` and functions are errors.
/// Depth (for the evaluator's stack-size limit) grows by one per inline level and by two per
/// table level.
struct TOMLWriter {
    let vm: Evaluator
    let indent: [UInt8]
    let maxDepth: Int
    var path = ManifestPath()
    /// Header path of the table being written (raw key ids).
    var tablePath: [Int32] = []

    init(vm: Evaluator, indent: JString) {
        self.vm = vm
        self.indent = Array(indent.string.utf8)
        self.maxDepth = vm.maxStack
    }

    @inline(__always)
    private func checkDepth(_ depth: Int) throws(RuntimeError) {
        if depth >= maxDepth { throw vm.error(ManifestStd.depthMessage, at: nil) }
    }

    @inline(__always)
    private func prefix(_ level: Int, _ out: inout [UInt8]) {
        if indent.isEmpty { return }
        for _ in 0..<level { out.append(contentsOf: indent) }
    }

    /// The body of table `o` at `level`, appended to `out`.
    mutating func writeTable(_ o: ObjectValue, level: Int, depth: Int, into out: inout [UInt8]) throws(RuntimeError) {
        try checkDepth(depth)
        var tables: [UInt8] = []
        var firstLine = true
        for name in o.visibleFields(vm) {
            let v = try o.field(name, vm, site: nil)!
            path.push(key: name)
            tablePath.append(name)
            switch v {
            case .object(let inner):
                try checkDepth(depth + 1)
                tables.append(0x0A)
                tables.append(0x0A)
                try writeSection(inner, array: false, level: level, depth: depth + 2, into: &tables)
            case .array(let a) where try isArrayOfTables(a):
                try checkDepth(depth + 1)
                let elements = a.elements
                for i in 0..<elements.count {
                    guard case .object(let inner) = try elements[i].force(vm, site: nil) else { continue }
                    path.push(index: i)
                    tables.append(0x0A)
                    tables.append(0x0A)
                    try writeSection(inner, array: true, level: level, depth: depth + 2, into: &tables)
                    path.pop()
                }
            default:
                if !firstLine { out.append(0x0A) }
                firstLine = false
                prefix(level, &out)
                writeKey(name, &out)
                out.append(contentsOf: " = ".utf8)
                try writeValue(v, level: level, depth: depth + 1, topLevel: true, into: &out)
            }
            tablePath.removeLast()
            path.pop()
        }
        out.append(contentsOf: tables)
    }

    private mutating func writeSection(_ o: ObjectValue, array: Bool, level: Int, depth: Int, into out: inout [UInt8]) throws(RuntimeError) {
        prefix(level, &out)
        out.append(contentsOf: (array ? "[[" : "[").utf8)
        for (k, id) in tablePath.enumerated() {
            if k > 0 { out.append(UInt8(ascii: ".")) }
            writeKey(id, &out)
        }
        out.append(contentsOf: (array ? "]]" : "]").utf8)
        var body: [UInt8] = []
        try writeTable(o, level: level + 1, depth: depth, into: &body)
        if !body.isEmpty {
            out.append(0x0A)
            out.append(contentsOf: body)
        }
    }

    /// A non-empty array whose elements are all objects (forced until the first that is not).
    private func isArrayOfTables(_ a: ArrayValue) throws(RuntimeError) -> Bool {
        if a.count == 0 { return false }
        let elements = a.elements
        for e in elements {
            guard case .object = try e.force(vm, site: nil) else { return false }
        }
        return true
    }

    private mutating func writeValue(_ v: Value, level: Int, depth: Int, topLevel: Bool, into out: inout [UInt8]) throws(RuntimeError) {
        try checkDepth(depth)
        switch v {
        case .null:
            throw vm.error("Tried to manifest \"null\" at \(path.render(vm))", at: nil)
        case .function:
            throw vm.error("Tried to manifest function at \(path.render(vm))", at: nil)
        case .bool(let b): out.append(contentsOf: (b ? "true" : "false").utf8)
        case .number(let d): ManifestOut.appendJsonnetNumber(d, to: &out)
        case .string(let s): ManifestOut.appendJsonnetQuoted(s, to: &out)
        case .array(let a):
            if a.count == 0 { out.append(contentsOf: "[]".utf8); return }
            let elements = a.elements
            out.append(contentsOf: (topLevel ? "[\n" : "[ ").utf8)
            for i in 0..<elements.count {
                if i > 0 { out.append(contentsOf: (topLevel ? ",\n" : ", ").utf8) }
                if topLevel { prefix(level + 1, &out) }
                let e = try elements[i].force(vm, site: nil)
                path.push(index: i)
                try writeValue(e, level: level, depth: depth + 1, topLevel: false, into: &out)
                path.pop()
            }
            if topLevel {
                out.append(0x0A)
                prefix(level, &out)
                out.append(UInt8(ascii: "]"))
            } else {
                out.append(contentsOf: " ]".utf8)
            }
        case .object(let o):
            out.append(contentsOf: "{ ".utf8)
            var first = true
            for name in o.visibleFields(vm) {
                if !first { out.append(contentsOf: ", ".utf8) }
                first = false
                writeKey(name, &out)
                out.append(contentsOf: " = ".utf8)
                let fv = try o.field(name, vm, site: nil)!
                path.push(key: name)
                try writeValue(fv, level: level, depth: depth + 1, topLevel: false, into: &out)
                path.pop()
            }
            out.append(contentsOf: " }".utf8)
        }
    }

    private func writeKey(_ name: Int32, _ out: inout [UInt8]) {
        var key = vm.names.string(name)
        key.withUTF8 { bytes in
            if bytes.isEmpty {
                out.append(contentsOf: "''".utf8)
                return
            }
            for b in bytes {
                switch b {
                case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                     UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"), UInt8(ascii: "-"):
                    continue
                default:
                    JSONWriter.appendQuoted(bytes: bytes, to: &out)
                    return
                }
            }
            out.append(contentsOf: bytes)
        }
    }
}
