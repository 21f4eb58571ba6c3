/// Writes values as JSON text the way go-jsonnet does: `pretty` is the CLI output (3-space
/// indent, `[ ]`/`{ }` for empties); `compact` is the one-line form of `std.toString`, string
/// concatenation and error messages (`{"a": 1, "b": [1, 2]}`).
struct JSONWriter {
    enum Style { case pretty, compact }

    let vm: Evaluator
    let style: Style
    var indentUnit: [UInt8] = Array("   ".utf8)
    var out: [UInt8] = []

    init(vm: Evaluator, style: Style) {
        self.vm = vm
        self.style = style
        out.reserveCapacity(256)
    }

    /// Writes `v`; fields and elements are forced on the way, with `Field "x"` / `Array element n`
    /// entries on the stack so that errors show where in the output they happened.
    mutating func write(_ v: Value, indent: Int = 0) throws(RuntimeError) {
        switch v {
        case .null: out.append(contentsOf: "null".utf8)
        case .bool(let b): out.append(contentsOf: (b ? "true" : "false").utf8)
        case .number(let d): out.append(contentsOf: NumberFormat.json(d).utf8)
        case .string(let s): JSONWriter.appendQuoted(s.string, to: &out)
        case .function:
            throw vm.error("couldn't manifest function as JSON", at: nil)
        case .array(let a):
            if a.count == 0 {
                out.append(contentsOf: "[ ]".utf8)
                return
            }
            out.append(UInt8(ascii: "["))
            let elements = a.elements
            for i in 0..<elements.count {
                if i > 0 { out.append(UInt8(ascii: ",")); if style == .compact { out.append(0x20) } }
                if style == .pretty { newline(indent + 1) }
                try vm.pushPseudo(TraceName.element, detail: i)
                let ev = try elements[i].force(vm, site: nil)
                try write(ev, indent: indent + 1)
                vm.pop()
            }
            if style == .pretty { newline(indent) }
            out.append(UInt8(ascii: "]"))
        case .object(let o):
            try o.checkAssertions(vm, fromManifest: true)
            let fields = o.visibleFields(vm)
            if fields.isEmpty {
                out.append(contentsOf: "{ }".utf8)
                return
            }
            out.append(UInt8(ascii: "{"))
            var first = true
            for name in fields {
                if !first { out.append(UInt8(ascii: ",")); if style == .compact { out.append(0x20) } }
                first = false
                if style == .pretty { newline(indent + 1) }
                let key = vm.names.string(name)
                JSONWriter.appendQuoted(key, to: &out)
                out.append(contentsOf: ": ".utf8)
                try vm.pushPseudo(TraceName.field, fieldName: key)
                let fv = try o.field(name, vm, site: nil)!
                try write(fv, indent: indent + 1)
                vm.pop()
            }
            if style == .pretty { newline(indent) }
            out.append(UInt8(ascii: "}"))
        }
    }

    private mutating func newline(_ indent: Int) {
        out.append(0x0A)
        for _ in 0..<indent { out.append(contentsOf: indentUnit) }
    }

    /// Appends `s` as a JSON string literal with go-jsonnet's escaping.
    static func appendQuoted(_ s: String, to out: inout [UInt8]) {
        var s = s
        s.withUTF8 { appendQuoted(bytes: $0, to: &out) }
    }

    static func appendQuoted(bytes: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
        out.append(0x22)
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            i += 1
            switch b {
            case 0x22: out.append(0x5C); out.append(0x22)
            case 0x5C: out.append(0x5C); out.append(0x5C)
            case 0x08: out.append(0x5C); out.append(UInt8(ascii: "b"))
            case 0x0C: out.append(0x5C); out.append(UInt8(ascii: "f"))
            case 0x0A: out.append(0x5C); out.append(UInt8(ascii: "n"))
            case 0x0D: out.append(0x5C); out.append(UInt8(ascii: "r"))
            case 0x09: out.append(0x5C); out.append(UInt8(ascii: "t"))
            case 0..<0x20, 0x7F:
                appendUnicodeEscape(b, to: &out)
            case 0xC2 where i < n && bytes[i] >= 0x80 && bytes[i] < 0xA0:
                // C1 controls (U+0080–U+009F) are escaped too.
                appendUnicodeEscape(bytes[i], to: &out)
                i += 1
            default:
                out.append(b)
            }
        }
        out.append(0x22)
    }

    private static func appendUnicodeEscape(_ b: UInt8, to out: inout [UInt8]) {
        out.append(contentsOf: "\\u00".utf8)
        out.append(hexDigit(b >> 4))
        out.append(hexDigit(b & 0xF))
    }

    private static func hexDigit(_ v: UInt8) -> UInt8 {
        v < 10 ? 0x30 + v : 0x61 + v - 10
    }

    /// The string form of a value: strings as they are, others as compact JSON.
    static func toString(_ v: Value, _ vm: Evaluator, quoteStrings: Bool = false) throws(RuntimeError) -> String {
        if !quoteStrings, case .string(let s) = v { return s.string }
        var w = JSONWriter(vm: vm, style: .compact)
        try w.write(v)
        return String(decoding: w.out, as: UTF8.self)
    }
}
