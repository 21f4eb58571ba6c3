#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Pieces shared by the std manifesters (`std.manifestJsonEx`, `manifestYamlDoc`,
/// `manifestTomlEx`, …): byte-buffer output of numbers and quoted strings in the forms
/// go-jsonnet uses, and the path of the value being written (for error messages).
enum ManifestOut {
    /// Go's `strconv.FormatFloat(v, 'f', -1, 64)`: the shortest digits that round-trip, never
    /// in exponent form (`1e100` is written with all its zeros, `1e-7` as `0.0000001`).
    static func appendGoDecimal(_ v: Double, to out: inout [UInt8]) {
        if v.isNaN { out.append(contentsOf: "NaN".utf8); return }
        if v.isInfinite { out.append(contentsOf: (v < 0 ? "-Inf" : "+Inf").utf8); return }
        if v == 0 {
            if v.sign == .minus { out.append(UInt8(ascii: "-")) }
            out.append(UInt8(ascii: "0"))
            return
        }
        if v == v.rounded(.towardZero) && abs(v) < 9007199254740992 {
            appendInteger(Int64(v), to: &out)
            return
        }
        let (digits, point) = NumberFormat.shortestDigits(v)
        if v < 0 { out.append(UInt8(ascii: "-")) }
        if point <= 0 {
            out.append(UInt8(ascii: "0"))
            out.append(UInt8(ascii: "."))
            for _ in 0..<(-point) { out.append(UInt8(ascii: "0")) }
            out.append(contentsOf: digits)
        } else if point >= digits.count {
            out.append(contentsOf: digits)
            for _ in 0..<(point - digits.count) { out.append(UInt8(ascii: "0")) }
        } else {
            out.append(contentsOf: digits[0..<point])
            out.append(UInt8(ascii: "."))
            out.append(contentsOf: digits[point...])
        }
    }

    /// A number as go-jsonnet's JSON output and `std.toString` write it.
    static func appendJsonnetNumber(_ v: Double, to out: inout [UInt8]) {
        if v == v.rounded(.towardZero) && abs(v) < 9.0e15 {
            if v == 0 && v.sign == .minus { out.append(contentsOf: "-0".utf8); return }
            appendInteger(Int64(v), to: &out)
            return
        }
        out.append(contentsOf: NumberFormat.json(v).utf8)
    }

    static func appendInteger(_ i: Int64, to out: inout [UInt8]) {
        if i == 0 { out.append(UInt8(ascii: "0")); return }
        var n = i.magnitude
        if i < 0 { out.append(UInt8(ascii: "-")) }
        var buf: (UInt64, UInt64, UInt64) = (0, 0, 0)
        withUnsafeMutableBytes(of: &buf) { raw in
            var k = raw.count
            while n > 0 {
                k -= 1
                raw[k] = UInt8(truncatingIfNeeded: n % 10) + 0x30
                n /= 10
            }
            out.append(contentsOf: raw[k...])
        }
    }

    /// A JSON string literal as Go's `encoding/json` writes it without HTML escaping
    /// (`std.manifestJsonEx`): `\b \f \n \r \t`, other controls as `\u00XX`, U+2028 and
    /// U+2029 escaped, DEL and C1 controls as they are.
    static func appendGoQuoted(_ s: JString, to out: inout [UInt8]) {
        var str = s.string
        str.withUTF8 { appendGoQuoted(bytes: $0, to: &out) }
    }

    static func appendGoQuoted(bytes: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
        out.append(0x22)
        let n = bytes.count
        var i = 0
        var start = 0
        while i < n {
            let b = bytes[i]
            if b >= 0x20 && b != 0x22 && b != 0x5C && b != 0xE2 { i += 1; continue }
            if b == 0xE2 {
                // U+2028 / U+2029: E2 80 A8 / E2 80 A9.
                if i + 2 < n && bytes[i + 1] == 0x80 && (bytes[i + 2] == 0xA8 || bytes[i + 2] == 0xA9) {
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<i]))
                    out.append(contentsOf: (bytes[i + 2] == 0xA8 ? "\\u2028" : "\\u2029").utf8)
                    i += 3
                    start = i
                } else {
                    i += 1
                }
                continue
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<i]))
            switch b {
            case 0x22: out.append(0x5C); out.append(0x22)
            case 0x5C: out.append(0x5C); out.append(0x5C)
            case 0x08: out.append(0x5C); out.append(UInt8(ascii: "b"))
            case 0x0C: out.append(0x5C); out.append(UInt8(ascii: "f"))
            case 0x0A: out.append(0x5C); out.append(UInt8(ascii: "n"))
            case 0x0D: out.append(0x5C); out.append(UInt8(ascii: "r"))
            case 0x09: out.append(0x5C); out.append(UInt8(ascii: "t"))
            default:
                out.append(contentsOf: "\\u00".utf8)
                out.append(hexDigit(b >> 4))
                out.append(hexDigit(b & 0xF))
            }
            i += 1
            start = i
        }
        out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<n]))
        out.append(0x22)
    }

    /// A JSON string literal with go-jsonnet's own escaping (`std.escapeStringJson`, its JSON
    /// output): DEL and C1 controls escaped too, U+2028/U+2029 as they are.
    static func appendJsonnetQuoted(_ s: JString, to out: inout [UInt8]) {
        var str = s.string
        str.withUTF8 { JSONWriter.appendQuoted(bytes: $0, to: &out) }
    }

    static func appendJsonnetQuoted(_ s: String, to out: inout [UInt8]) {
        var str = s
        str.withUTF8 { JSONWriter.appendQuoted(bytes: $0, to: &out) }
    }

    static func appendRaw(_ s: JString, to out: inout [UInt8]) {
        var str = s.string
        str.withUTF8 { out.append(contentsOf: $0) }
    }

    static func appendRaw(_ s: String, to out: inout [UInt8]) {
        var str = s
        str.withUTF8 { out.append(contentsOf: $0) }
    }

    private static func hexDigit(_ v: UInt8) -> UInt8 {
        v < 10 ? 0x30 + v : 0x61 + v - 10
    }

    static func string(_ out: [UInt8]) -> Value {
        .string(JString(String(decoding: out, as: UTF8.self)))
    }
}

/// Where in the manifested value the writer is: field names and array indexes, printed the
/// way Go prints a `[]interface{}` (`[a b 1]`) in "tried to manifest function at …".
struct ManifestPath {
    enum Item {
        case key(Int32)
        case index(Int)
    }

    var items: [Item] = []

    @inline(__always) mutating func push(key: Int32) { items.append(.key(key)) }
    @inline(__always) mutating func push(index: Int) { items.append(.index(index)) }
    @inline(__always) mutating func pop() { items.removeLast() }

    func render(_ vm: Evaluator) -> String {
        var s = "["
        for (k, item) in items.enumerated() {
            if k > 0 { s += " " }
            switch item {
            case .key(let id): s += vm.names.string(id)
            case .index(let i): s += String(i)
            }
        }
        return s + "]"
    }
}

/// Trace sites of go-jsonnet's std library (written in Jsonnet) for the manifesters it
/// implements there; the locations are read off go-jsonnet's error traces.
enum ManifestStd {
    static let fn = TraceName("function <anonymous>")
    static let th1 = TraceName("thunk from <function <anonymous>>")
    static let th2 = TraceName("thunk from <thunk from <function <anonymous>>>")
    static let th3 = TraceName("thunk from <thunk from <thunk from <function <anonymous>>>>")
    static let none = TraceName("")

    static func site(_ loc: String, _ ctx: TraceName) -> SiteNode {
        SiteNode(fixedLocation: "<std>:" + loc, context: ctx)
    }

    static let depthMessage = "max manifest depth exceeded, possible infinite recursion"

    static func line(_ loc: String, _ name: String) -> TraceLine {
        TraceLine(location: "<std>:" + loc, name: name)
    }

    /// Innermost first: `std.format` (the `%` operator) reading its value argument, up to the
    /// `%` itself (`<std>:261`). The frames behind each `'…%s…' % [...]` of go-jsonnet's std.
    static let formatValue: [TraceLine] = [
        line("758:15-22", "thunk <val> from <function <format_codes_arr>>"),
        line("765:27-30", "thunk from <thunk <s> from <function <format_codes_arr>>>"),
        line("635:22-25", "thunk from <function <format_code>>"),
    ] + formatString
    /// Innermost first: `std.format` turning its value into a string (`std.toString`).
    static let formatString: [TraceLine] = [
        line("635:9-26", "function <format_code>"),
        line("765:15-60", "thunk <s> from <function <format_codes_arr>>"),
        line("770:24-25", "thunk from <thunk <s_padded> from <function <format_codes_arr>>>"),
        line("523:30-33", "thunk from <thunk from <function <pad_left>>>"),
        line("523:19-34", "thunk from <function <pad_left>>"),
        line("519:11-12", "thunk from <function <padding>>"),
        line("515:12-13", "function <aux>"),
        line("519:7-17", "function <padding>"),
        line("523:7-38", "function <pad_left>"),
        line("770:15-39", "thunk <s_padded> from <function <format_codes_arr>>"),
        line("776:55-63", "thunk from <function <format_codes_arr>>"),
        line("776:11-64", "function <format_codes_arr>"),
        line("820:7-46", "function <anonymous>"),
        line("261:7-23", "function <anonymous>"),
    ]
    /// Innermost first: `std.isString(v)` / `std.isArray(v)`-style checks reading `v` (line 33),
    /// as `manifestPython` does on entry.
    static let pythonReadValue: [TraceLine] = [
        line("1321:21-22", "thunk from <function <anonymous>>"),
        line("33:26-27", "thunk from <function <anonymous>>"),
        line("33:17-28", "function <anonymous>"),
        line("1321:8-23", "function <anonymous>"),
    ]
}

extension Evaluator {
    /// Runs `body`; an error escaping it gets `lines` (innermost first) in its trace between the
    /// lines of the frames entered inside `body` and those of the current stack, as if go-jsonnet's
    /// std frames they name had been on the stack. (Cheaper than pushing them for every value.)
    @inline(__always)
    func withVirtualFrames<T>(_ lines: [TraceLine], _ body: () throws(RuntimeError) -> T) throws(RuntimeError) -> T {
        let depth = stack.count
        do {
            return try body()
        } catch {
            throw splice(error, lines, stackDepth: depth)
        }
    }

    /// `e` with `lines` inserted just above the lines of the bottom `stackDepth` stack entries
    /// (entries left above them, such as manifestation's `Field` frames, stay above).
    func splice(_ e: RuntimeError, _ lines: [TraceLine], stackDepth: Int) -> RuntimeError {
        if e.staticText != nil { return e }
        var below = 0
        for i in 0..<min(stackDepth, stack.count) where stack[i].pseudo != nil || stack[i].site != nil { below += 1 }
        var trace = e.trace
        trace.insert(contentsOf: lines, at: max(0, trace.count - below))
        return RuntimeError(message: e.message, trace: trace)
    }

    /// Pushes `sites` (outermost first) on the stack, runs `body`, pops them again.
    @inline(__always)
    func withSites<T>(_ sites: [Node], _ body: () throws(RuntimeError) -> T) throws(RuntimeError) -> T {
        var pushed = 0
        defer { for _ in 0..<pushed { pop() } }
        for s in sites {
            try push(site: s)
            pushed += 1
        }
        return try body()
    }

    /// Forces a lazy argument of an emulated std function: `frames` (outermost first) are on
    /// the stack while the thunk runs, the innermost being the place the thunk is read.
    func forceStdArgument(_ arg: Lazy, frames: [Node], read: Node) throws(RuntimeError) -> Value {
        if case .ready(let v) = arg { return v }
        return try withSites(frames) { () throws(RuntimeError) -> Value in try arg.force(self, site: read) }
    }
}
