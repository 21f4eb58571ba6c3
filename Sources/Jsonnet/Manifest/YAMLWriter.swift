#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `std.manifestYamlDoc(value, indent_array_in_object, quote_keys)` as go-jsonnet writes it.
///
/// Observed layout: strings are JSON-quoted, except strings ending in a newline, which become
/// `|` block scalars (lines indented two spaces past the enclosing collection, blank lines
/// keeping the indentation); numbers in Go's shortest `'f'` form; `[]` and `{}` for empty
/// collections; an array inside an array starts with a lone `-`; arrays inside objects are
/// indented only with `indent_array_in_object`; functions are written as nothing at all.
/// With `quote_keys=false`, keys that YAML could read as something other than a plain string
/// are still quoted (see `YAMLWriter.keyIsBareSafe`).
struct YAMLWriter {
    let vm: Evaluator
    let indentArrayInObject: Bool
    let quoteKeys: Bool
    let maxDepth: Int
    var out: [UInt8] = []
    /// Written field names by name id (empty: not yet written).
    private var keyCache: [[UInt8]] = []
    private var blanks: [UInt8] = Array(repeating: 0x20, count: 64)

    init(vm: Evaluator, indentArrayInObject: Bool, quoteKeys: Bool) {
        self.vm = vm
        self.indentArrayInObject = indentArrayInObject
        self.quoteKeys = quoteKeys
        self.maxDepth = vm.maxStack
        out.reserveCapacity(1024)
    }

    @inline(__always)
    private mutating func spaces(_ n: Int) {
        if n == 0 { return }
        if blanks.count < n { blanks = Array(repeating: 0x20, count: n * 2) }
        blanks.withUnsafeBufferPointer { out.append(contentsOf: UnsafeBufferPointer(rebasing: $0[0..<n])) }
    }

    @inline(__always)
    private mutating func checkDepth(_ depth: Int) throws(RuntimeError) {
        if depth >= maxDepth { throw vm.error(ManifestStd.depthMessage, at: nil) }
    }

    /// A whole document: the value at column 0.
    mutating func writeDocument(_ v: Value) throws(RuntimeError) {
        try checkDepth(0)
        switch v {
        case .array(let a) where a.count > 0: try writeArray(a, indent: 0, depth: 0)
        case .object(let o) where !o.visibleFields(vm).isEmpty: try writeObject(o, indent: 0, depth: 0)
        default: writeScalar(v, indent: 0)
        }
    }

    /// Array items, the first one at the cursor, the others on new lines at `indent`.
    private mutating func writeArray(_ a: ArrayValue, indent: Int, depth: Int) throws(RuntimeError) {
        let elements = a.elements
        for i in 0..<elements.count {
            if i > 0 { out.append(0x0A); spaces(indent) }
            out.append(UInt8(ascii: "-"))
            let e = try elements[i].force(vm, site: nil)
            try checkDepth(depth + 1)
            switch e {
            case .array(let inner) where inner.count > 0:
                out.append(0x0A)
                spaces(indent + 2)
                try writeArray(inner, indent: indent + 2, depth: depth + 1)
            case .object(let o) where !o.visibleFields(vm).isEmpty:
                out.append(0x20)
                try writeObject(o, indent: indent + 2, depth: depth + 1)
            default:
                out.append(0x20)
                writeScalar(e, indent: indent)
            }
        }
    }

    /// Object fields, the first one at the cursor, the others on new lines at `indent`.
    private mutating func writeObject(_ o: ObjectValue, indent: Int, depth: Int) throws(RuntimeError) {
        var first = true
        for name in o.visibleFields(vm) {
            if !first { out.append(0x0A); spaces(indent) }
            first = false
            writeKey(name)
            out.append(UInt8(ascii: ":"))
            let v = try o.field(name, vm, site: nil)!
            try checkDepth(depth + 1)
            switch v {
            case .array(let inner) where inner.count > 0:
                out.append(0x0A)
                let ind = indentArrayInObject ? indent + 2 : indent
                spaces(ind)
                try writeArray(inner, indent: ind, depth: depth + 1)
            case .object(let inner) where !inner.visibleFields(vm).isEmpty:
                out.append(0x0A)
                spaces(indent + 2)
                try writeObject(inner, indent: indent + 2, depth: depth + 1)
            default:
                out.append(0x20)
                writeScalar(v, indent: indent)
            }
        }
    }

    /// A value on one line (or a block scalar whose lines sit at `indent + 2`).
    private mutating func writeScalar(_ v: Value, indent: Int) {
        switch v {
        case .null: out.append(contentsOf: "null".utf8)
        case .bool(let b): out.append(contentsOf: (b ? "true" : "false").utf8)
        case .number(let d): ManifestOut.appendGoDecimal(d, to: &out)
        case .string(let s):
            var str = s.string
            str.withUTF8 { bytes in
                if let last = bytes.last, last == 0x0A {
                    writeBlock(bytes, indent: indent + 2)
                } else {
                    JSONWriter.appendQuoted(bytes: bytes, to: &out)
                }
            }
        case .array: out.append(contentsOf: "[]".utf8)
        case .object: out.append(contentsOf: "{}".utf8)
        case .function: break
        }
    }

    /// `|` and the lines of `bytes` (without its final newline), each on its own line.
    private mutating func writeBlock(_ bytes: UnsafeBufferPointer<UInt8>, indent: Int) {
        out.append(UInt8(ascii: "|"))
        let n = bytes.count - 1
        var start = 0
        while true {
            out.append(0x0A)
            spaces(indent)
            var end = start
            while end < n && bytes[end] != 0x0A { end += 1 }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<end]))
            if end >= n { break }
            start = end + 1
        }
    }

    private mutating func writeKey(_ name: Int32) {
        let i = Int(name)
        if i < keyCache.count, !keyCache[i].isEmpty {
            out.append(contentsOf: keyCache[i])
            return
        }
        var key = vm.names.string(name)
        let quote = quoteKeys
        var written: [UInt8] = []
        key.withUTF8 { bytes in
            if !quote && YAMLWriter.keyIsBareSafe(bytes) {
                written.append(contentsOf: bytes)
            } else {
                JSONWriter.appendQuoted(bytes: bytes, to: &written)
            }
        }
        out.append(contentsOf: written)
        if i < 1 << 20 {
            if keyCache.count <= i { keyCache.append(contentsOf: repeatElement([], count: i + 1 - keyCache.count)) }
            keyCache[i] = written
        }
    }

    // MARK: bare keys

    /// Whether go-jsonnet writes `key` unquoted with `quote_keys=false`. Determined from its
    /// output: only `[A-Za-z0-9_./-]`, not empty, not a YAML 1.1 boolean/null word or special
    /// float (case-insensitive), not `-`/`---`, not something Go's `strconv.ParseFloat`
    /// accepts (underscores between digits, `inf`, `nan`, hex floats with `p` exponent), not
    /// containing `0x` followed by a hex digit or `_`, not a `0b` binary literal, and not of
    /// the shape `digits-digits-digits` (each run possibly empty).
    static func keyIsBareSafe(_ k: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = k.count
        if n == 0 { return false }
        for b in k {
            switch b {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                 UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"), UInt8(ascii: "."),
                 UInt8(ascii: "/"), UInt8(ascii: "-"):
                continue
            default:
                return false
            }
        }
        if n <= 5 && isReservedWord(k) { return false }
        if containsHexPrefix(k) { return false }
        if isBinaryLiteral(k) { return false }
        if isDashedDigits(k) { return false }
        if goParseFloatAccepts(k) { return false }
        return true
    }

    private static let reserved: [[UInt8]] = [
        "true", "false", "yes", "no", "on", "off", "y", "n", "null", ".inf", "-.inf", ".nan", "-", "---",
    ].map { Array($0.utf8) }

    private static func isReservedWord(_ k: UnsafeBufferPointer<UInt8>) -> Bool {
        outer: for w in reserved where w.count == k.count {
            for i in 0..<w.count where lower(k[i]) != w[i] { continue outer }
            return true
        }
        return false
    }

    @inline(__always)
    private static func lower(_ b: UInt8) -> UInt8 {
        b >= UInt8(ascii: "A") && b <= UInt8(ascii: "Z") ? b + 32 : b
    }

    @inline(__always)
    private static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }

    @inline(__always)
    private static func isHexDigit(_ b: UInt8) -> Bool {
        isDigit(b) || (lower(b) >= UInt8(ascii: "a") && lower(b) <= UInt8(ascii: "f"))
    }

    /// `0x` followed by a hex digit or `_`, anywhere.
    private static func containsHexPrefix(_ k: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = k.count
        var i = 0
        while i + 2 < n {
            if k[i] == UInt8(ascii: "0") && k[i + 1] == UInt8(ascii: "x") && (isHexDigit(k[i + 2]) || k[i + 2] == UInt8(ascii: "_")) {
                return true
            }
            i += 1
        }
        return false
    }

    /// `-?0b[01_]+`.
    private static func isBinaryLiteral(_ k: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        if k.count > 0 && k[0] == UInt8(ascii: "-") { i = 1 }
        guard k.count >= i + 3, k[i] == UInt8(ascii: "0"), k[i + 1] == UInt8(ascii: "b") else { return false }
        for j in (i + 2)..<k.count {
            let b = k[j]
            if b != UInt8(ascii: "0") && b != UInt8(ascii: "1") && b != UInt8(ascii: "_") { return false }
        }
        return true
    }

    /// `[0-9]*-[0-9]*-[0-9]*`.
    private static func isDashedDigits(_ k: UnsafeBufferPointer<UInt8>) -> Bool {
        var dashes = 0
        for b in k {
            if b == UInt8(ascii: "-") { dashes += 1 } else if !isDigit(b) { return false }
        }
        return dashes == 2
    }

    /// Whether Go's `strconv.ParseFloat(k, 64)` succeeds (syntax, and no overflow).
    static func goParseFloatAccepts(_ k: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = k.count
        if n == 0 { return false }
        // Special values: [+-]inf, [+-]infinity, nan (any case).
        do {
            var i = 0
            if k[0] == UInt8(ascii: "+") || k[0] == UInt8(ascii: "-") { i = 1 }
            let rest = n - i
            func matches(_ w: String) -> Bool {
                var j = i
                for c in w.utf8 {
                    if lower(k[j]) != c { return false }
                    j += 1
                }
                return true
            }
            if rest == 3 && matches("inf") { return true }
            if rest == 8 && matches("infinity") { return true }
            if i == 0 && rest == 3 && matches("nan") { return true }
        }
        var i = 0
        if k[0] == UInt8(ascii: "+") || k[0] == UInt8(ascii: "-") { i = 1 }
        var hex = false
        if i + 2 < n && k[i] == UInt8(ascii: "0") && lower(k[i + 1]) == UInt8(ascii: "x") {
            hex = true
            i += 2
        }
        var underscores = false, sawDot = false, sawDigits = false
        while i < n {
            let c = k[i]
            if c == UInt8(ascii: "_") { underscores = true; i += 1; continue }
            if c == UInt8(ascii: ".") {
                if sawDot { break }
                sawDot = true
                i += 1
                continue
            }
            if isDigit(c) || (hex && isHexDigit(c)) { sawDigits = true; i += 1; continue }
            break
        }
        if !sawDigits { return false }
        var sawExp = false
        if i < n && lower(k[i]) == (hex ? UInt8(ascii: "p") : UInt8(ascii: "e")) {
            i += 1
            if i >= n { return false }
            if k[i] == UInt8(ascii: "+") || k[i] == UInt8(ascii: "-") { i += 1 }
            if i >= n || !isDigit(k[i]) { return false }
            while i < n && (isDigit(k[i]) || k[i] == UInt8(ascii: "_")) {
                if k[i] == UInt8(ascii: "_") { underscores = true }
                i += 1
            }
            sawExp = true
        }
        if hex && !sawExp { return false }
        if i != n { return false }
        if underscores && !underscoreOK(k) { return false }
        // Out of range (overflow to infinity) is an error for ParseFloat.
        var text: [CChar] = []
        text.reserveCapacity(n + 1)
        for b in k where b != UInt8(ascii: "_") { text.append(CChar(bitPattern: b)) }
        text.append(0)
        let v = strtod(text, nil)
        return !v.isInfinite
    }

    /// Go's rule for `_` in number literals: only between digits (or after a base prefix).
    private static func underscoreOK(_ k: UnsafeBufferPointer<UInt8>) -> Bool {
        var saw = UInt8(ascii: "^")
        var i = 0
        if k.count >= 1 && (k[0] == UInt8(ascii: "-") || k[0] == UInt8(ascii: "+")) { i = 1 }
        var hex = false
        if k.count - i >= 2 && k[i] == UInt8(ascii: "0") {
            let p = lower(k[i + 1])
            if p == UInt8(ascii: "b") || p == UInt8(ascii: "o") || p == UInt8(ascii: "x") {
                i += 2
                saw = UInt8(ascii: "0")
                hex = p == UInt8(ascii: "x")
            }
        }
        while i < k.count {
            let c = k[i]
            i += 1
            if isDigit(c) || (hex && isHexDigit(c)) { saw = UInt8(ascii: "0"); continue }
            if c == UInt8(ascii: "_") {
                if saw != UInt8(ascii: "0") { return false }
                saw = UInt8(ascii: "_")
                continue
            }
            if saw == UInt8(ascii: "_") { return false }
            saw = UInt8(ascii: "!")
        }
        return saw != UInt8(ascii: "_")
    }
}
