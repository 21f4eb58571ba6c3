/// Reading YAML into `YAMLValue`s with the YAML 1.2 core schema.
///
///     let v = try YAML.parse("a: [1, 2.5, true, null, x]")
///     let docs = try YAML.parseStream("--- 1\n--- 2\n")
public enum YAML {
    public struct Limits: Sendable {
        /// Most nodes that alias expansion may add to one document (against "billion laughs").
        public var maxAliasExpansion = 1_000_000

        public init() {}
    }

    /// The single document of `text` (null for an empty stream); more than one document is an
    /// error.
    public static func parse(_ text: String, options: YAMLOptions = YAMLOptions(), limits: Limits = Limits()) throws(YAMLError) -> YAMLValue {
        try checkCharacters(text)
        let r = YAMLReader(text, options: options)
        guard let doc = try r.nextDocument() else { return .null }
        let v = try value(of: doc, limits: limits)
        if let extra = try r.nextDocument() {
            throw YAMLError(.composer, "expected a single document in the stream, found another", at: extra.root.mark)
        }
        return v
    }

    /// Every document of `text`.
    public static func parseStream(_ text: String, options: YAMLOptions = YAMLOptions(), limits: Limits = Limits()) throws(YAMLError) -> [YAMLValue] {
        try checkCharacters(text)
        let r = YAMLReader(text, options: options)
        var out: [YAMLValue] = []
        while let doc = try r.nextDocument() { out.append(try value(of: doc, limits: limits)) }
        return out
    }

    /// The first character YAML does not allow in a stream (C0 controls but tab and line
    /// breaks, DEL, C1 controls but NEL, surrogates, U+FFFE/U+FFFF): its byte offset, or nil.
    public static func firstDisallowedCharacter(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var i = 0
        let n = bytes.count
        while i < n {
            let c = bytes[i]
            if c < 0x80 {
                if (c < 0x20 && c != 0x09 && c != 0x0A && c != 0x0D) || c == 0x7F { return i }
                i += 1
            } else if c < 0xE0 {
                // U+0080–U+07FF: C1 controls (but NEL) are not allowed.
                if c == 0xC2 {
                    let d = bytes[i + 1]
                    if d < 0xA0 && d != 0x85 { return i }
                }
                i += 2
            } else if c < 0xF0 {
                if c == 0xEF && bytes[i + 1] == 0xBF && (bytes[i + 2] == 0xBE || bytes[i + 2] == 0xBF) { return i }
                i += 3
            } else {
                i += 4
            }
        }
        return nil
    }

    static func checkCharacters(_ text: String) throws(YAMLError) {
        var text = text
        let bad = text.withUTF8 { firstDisallowedCharacter($0) }
        guard let offset = bad else { return }
        var m = YAMLMark()
        for (k, c) in text.utf8.enumerated() {
            if k == offset { break }
            if c & 0xC0 == 0x80 { continue }
            m.index += 1
            if c == 0x0A {
                m.line += 1
                m.column = 0
            } else {
                m.column += 1
            }
        }
        throw YAMLError(.reader, "control characters are not allowed", at: m)
    }

    // MARK: core schema

    private static let core = "tag:yaml.org,2002:"

    /// A scalar node's value under the core schema.
    public static func resolveScalar(_ n: YAMLNode) throws(YAMLError) -> YAMLValue {
        let s = n.value
        if n.tag.isEmpty {
            if !n.plainImplicit { return .string(s) }
            return resolvePlain(s)
        }
        guard n.tag.hasPrefix(core) else { return .string(s) }
        let t = n.tag.dropFirst(core.count)
        func fail() -> YAMLError {
            YAMLError(.composer, "cannot resolve \"\(s)\" as !!\(t)", at: n.mark)
        }
        switch t {
        case "str": return .string(s)
        case "null":
            if case .null = resolvePlain(s) { return .null }
            throw fail()
        case "bool":
            if case .bool(let b) = resolvePlain(s) { return .bool(b) }
            throw fail()
        case "int":
            if let i = parseInt(s) { return i }
            throw fail()
        case "float":
            switch resolvePlain(s) {
            case .float(let d): return .float(d)
            case .int(let i): return .float(Double(i))
            default: throw fail()
            }
        default: return .string(s)
        }
    }

    /// The core schema's reading of a plain scalar.
    public static func resolvePlain(_ s: String) -> YAMLValue {
        switch s {
        case "", "~", "null", "Null", "NULL": return .null
        case "true", "True", "TRUE": return .bool(true)
        case "false", "False", "FALSE": return .bool(false)
        case ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF": return .float(.infinity)
        case "-.inf", "-.Inf", "-.INF": return .float(-.infinity)
        case ".nan", ".NaN", ".NAN": return .float(.nan)
        default: break
        }
        guard let f = s.utf8.first, f == UInt8(ascii: "-") || f == UInt8(ascii: "+") || f == UInt8(ascii: ".")
                || (f >= 0x30 && f <= 0x39) else { return .string(s) }
        if let i = parseInt(s) { return i }
        if isFloat(s), let d = Double(s) { return .float(d) }
        return .string(s)
    }

    /// Core schema integers: `[-+]?[0-9]+`, `0o[0-7]+`, `0x[0-9a-fA-F]+`. Decimal integers
    /// beyond 64 bits become floats.
    static func parseInt(_ s: String) -> YAMLValue? {
        let u = Array(s.utf8)
        if u.count > 2 && u[0] == 0x30 && (u[1] == 0x6F || u[1] == 0x78) {
            let radix = u[1] == 0x6F ? 8 : 16
            guard let v = UInt64(String(decoding: u[2...], as: UTF8.self), radix: radix) else { return nil }
            return v <= UInt64(Int64.max) ? .int(Int64(v)) : .float(Double(v))
        }
        var i = 0
        if i < u.count && (u[i] == 0x2D || u[i] == 0x2B) { i += 1 }
        guard i < u.count, u[i...].allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
        let digits = u[0] == 0x2B ? String(decoding: u[1...], as: UTF8.self) : s
        if let v = Int64(digits) { return .int(v) }
        return Double(digits).map { .float($0) }
    }

    /// `[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?`
    static func isFloat(_ s: String) -> Bool {
        isFloatSyntax(Array(s.utf8))
    }

    /// `isFloat` on UTF-8 bytes (also how `std.parseYaml` decides what is a float).
    public static func isFloatSyntax(_ u: [UInt8]) -> Bool {
        var i = 0
        func digits() -> Int {
            let st = i
            while i < u.count && u[i] >= 0x30 && u[i] <= 0x39 { i += 1 }
            return i - st
        }
        if i < u.count && (u[i] == 0x2D || u[i] == 0x2B) { i += 1 }
        if i < u.count && u[i] == 0x2E {
            i += 1
            if digits() == 0 { return false }
        } else {
            if digits() == 0 { return false }
            if i < u.count && u[i] == 0x2E {
                i += 1
                _ = digits()
            }
        }
        if i < u.count && (u[i] == 0x65 || u[i] == 0x45) {
            i += 1
            if i < u.count && (u[i] == 0x2D || u[i] == 0x2B) { i += 1 }
            if digits() == 0 { return false }
        }
        return i == u.count
    }

    /// A document's value: aliases expanded, keys checked for duplicates.
    public static func value(of doc: YAMLDocument, limits: Limits = Limits()) throws(YAMLError) -> YAMLValue {
        var memo: [ObjectIdentifier: (value: YAMLValue, size: Int)] = [:]
        var inProgress = Set<ObjectIdentifier>()
        var expanded = 0

        struct Frame {
            let node: YAMLNode
            var next = 0
            var size = 1
            var items: [YAMLValue] = []
            var pairs: [(key: YAMLValue, value: YAMLValue)] = []
            var key: YAMLValue?
            var keyMark = YAMLMark()
            var seen: [String: Int] = [:]
            var complexKeys: [Int] = []
        }

        func scalarKey(_ v: YAMLValue) -> String? {
            switch v {
            case .null: return "n"
            case .bool(let b): return b ? "t" : "f"
            case .int(let i): return "i\(i)"
            case .float(let d): return d.isNaN ? nil : "d\(d)"
            case .string(let s): return "s" + s
            default: return nil
            }
        }

        var stack: [Frame] = []
        var result: YAMLValue = .null

        // Delivers a finished value to the frame on top of the stack (or the result).
        func deliver(_ v: YAMLValue, size: Int, mark: YAMLMark) throws(YAMLError) {
            guard !stack.isEmpty else {
                result = v
                return
            }
            let top = stack.count - 1
            stack[top].size += size
            if stack[top].node.kind == .sequence {
                stack[top].items.append(v)
                return
            }
            guard let k = stack[top].key else {
                stack[top].key = v
                stack[top].keyMark = mark
                return
            }
            let index = stack[top].pairs.count
            if let sk = scalarKey(k) {
                if stack[top].seen.updateValue(index, forKey: sk) != nil {
                    throw YAMLError(.composer, "duplicate key \(describe(k))", at: stack[top].keyMark,
                                    context: "while constructing a mapping", contextMark: stack[top].node.mark)
                }
            } else {
                for j in stack[top].complexKeys where stack[top].pairs[j].key == k {
                    throw YAMLError(.composer, "duplicate key", at: stack[top].keyMark,
                                    context: "while constructing a mapping", contextMark: stack[top].node.mark)
                }
                stack[top].complexKeys.append(index)
            }
            stack[top].pairs.append((k, v))
            stack[top].key = nil
        }

        func start(_ n: YAMLNode) throws(YAMLError) {
            switch n.kind {
            case .scalar:
                let v = try resolveScalar(n)
                if !n.anchor.isEmpty { memo[ObjectIdentifier(n)] = (v, 1) }
                try deliver(v, size: 1, mark: n.mark)
            case .alias:
                guard let t = n.target else {
                    throw YAMLError(.composer, "unknown anchor '\(n.value)' referenced", at: n.mark)
                }
                guard let m = memo[ObjectIdentifier(t)] else {
                    throw YAMLError(.composer, "anchor '\(n.value)' value contains itself", at: n.mark)
                }
                expanded += m.size
                if expanded > limits.maxAliasExpansion {
                    throw YAMLError(.composer, "document contains excessive aliasing", at: n.mark)
                }
                try deliver(m.value, size: m.size, mark: n.mark)
            case .sequence, .mapping:
                if !n.anchor.isEmpty { inProgress.insert(ObjectIdentifier(n)) }
                stack.append(Frame(node: n))
            }
        }

        try start(doc.root)
        while let top = stack.last {
            if top.next < top.node.children.count {
                let child = top.node.children[top.next]
                stack[stack.count - 1].next += 1
                try start(child)
                continue
            }
            let f = stack.removeLast()
            let v: YAMLValue = f.node.kind == .sequence ? .sequence(f.items) : .mapping(f.pairs)
            if !f.node.anchor.isEmpty {
                inProgress.remove(ObjectIdentifier(f.node))
                memo[ObjectIdentifier(f.node)] = (v, f.size)
            }
            try deliver(v, size: f.size, mark: f.node.mark)
        }
        _ = inProgress
        return result
    }

    static func describe(_ v: YAMLValue) -> String {
        switch v {
        case .null: return "null"
        case .bool(let b): return b ? "true" : "false"
        case .int(let i): return String(i)
        case .float(let d): return String(d)
        case .string(let s): return "\"\(s)\""
        case .sequence: return "[...]"
        case .mapping: return "{...}"
        }
    }
}
