/// `std.manifestJsonEx(value, indent, newline, key_val_sep)` as go-jsonnet writes it (also
/// behind `manifestJson` and `manifestJsonMinified`): Go `encoding/json` string escaping,
/// numbers in Go's shortest `'f'` form, empty containers as `[` newline newline indent `]`,
/// no object assertions checked beyond those field access runs, a depth limit of the
/// evaluator's stack size.
struct JSONExWriter {
    let vm: Evaluator
    let indent: [UInt8]
    let newline: [UInt8]
    let keyValueSeparator: [UInt8]
    let maxDepth: Int
    var out: [UInt8] = []
    var path = ManifestPath()
    /// `newline` followed by `indent` repeated, long enough for the deepest level so far.
    private var lineBreaks: [UInt8]
    /// Quoted field names by name id (empty: not yet quoted).
    private var keyCache: [[UInt8]] = []

    init(vm: Evaluator, indent: JString, newline: JString, keyValueSeparator: JString) {
        self.vm = vm
        self.indent = Array(indent.string.utf8)
        self.newline = Array(newline.string.utf8)
        self.keyValueSeparator = Array(keyValueSeparator.string.utf8)
        self.maxDepth = vm.maxStack
        self.lineBreaks = self.newline
        out.reserveCapacity(1024)
    }

    /// A newline and the indentation of `depth`.
    @inline(__always)
    private mutating func lineBreak(_ depth: Int) {
        let n = newline.count + indent.count * depth
        if lineBreaks.count < n {
            while lineBreaks.count < n { lineBreaks.append(contentsOf: indent) }
        }
        lineBreaks.withUnsafeBufferPointer { out.append(contentsOf: UnsafeBufferPointer(rebasing: $0[0..<n])) }
    }

    private mutating func appendKey(_ name: Int32) {
        let i = Int(name)
        if i < keyCache.count, !keyCache[i].isEmpty {
            out.append(contentsOf: keyCache[i])
            return
        }
        var quoted: [UInt8] = []
        var key = vm.names.string(name)
        key.withUTF8 { ManifestOut.appendGoQuoted(bytes: $0, to: &quoted) }
        out.append(contentsOf: quoted)
        if i < 1 << 20 {
            if keyCache.count <= i { keyCache.append(contentsOf: repeatElement([], count: i + 1 - keyCache.count)) }
            keyCache[i] = quoted
        }
    }

    mutating func write(_ v: Value, depth: Int) throws(RuntimeError) {
        if depth >= maxDepth { throw vm.error(ManifestStd.depthMessage, at: nil) }
        switch v {
        case .null: out.append(contentsOf: "null".utf8)
        case .bool(let b): out.append(contentsOf: (b ? "true" : "false").utf8)
        case .number(let d): ManifestOut.appendGoDecimal(d, to: &out)
        case .string(let s): ManifestOut.appendGoQuoted(s, to: &out)
        case .function:
            throw vm.error("tried to manifest function at \(path.render(vm))", at: nil)
        case .array(let a):
            out.append(UInt8(ascii: "["))
            if a.count == 0 { out.append(contentsOf: newline) }
            let elements = a.elements
            for i in 0..<elements.count {
                if i > 0 { out.append(UInt8(ascii: ",")) }
                lineBreak(depth + 1)
                let e = try elements[i].force(vm, site: nil)
                path.push(index: i)
                try write(e, depth: depth + 1)
                path.pop()
            }
            lineBreak(depth)
            out.append(UInt8(ascii: "]"))
        case .object(let o):
            out.append(UInt8(ascii: "{"))
            let fields = o.visibleFields(vm)
            if fields.isEmpty { out.append(contentsOf: newline) }
            var first = true
            for name in fields {
                if !first { out.append(UInt8(ascii: ",")) }
                first = false
                lineBreak(depth + 1)
                appendKey(name)
                out.append(contentsOf: keyValueSeparator)
                let fv = try o.field(name, vm, site: nil)!
                path.push(key: name)
                try write(fv, depth: depth + 1)
                path.pop()
            }
            lineBreak(depth)
            out.append(UInt8(ascii: "}"))
        }
    }
}
