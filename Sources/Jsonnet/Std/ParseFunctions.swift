#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import YAML

/// std parsers of data formats: `parseJson`, `parseYaml`.
enum ParseFunctions {
    static func register(_ std: StdLibrary) {
        std.add(Builtin("parseJson", ["str"]) { a, vm, site throws(RuntimeError) in
            try run("JSON", a[0], vm, site, GoJSON.parse)
        })
        std.add(Builtin("parseYaml", ["str"]) { a, vm, site throws(RuntimeError) in
            try run("YAML", a[0], vm, site, GoYAML.parse)
        })
    }

    private static func run(_ format: String, _ arg: Value, _ vm: Evaluator, _ site: Node,
                            _ parse: (JString, Evaluator) throws(ParseError) -> Value) throws(RuntimeError) -> Value {
        let s = try vm.string(arg, site)
        do throws(ParseError) {
            return try parse(s, vm)
        } catch {
            throw vm.error("failed to parse \(format): " + error.message, at: site)
        }
    }
}

struct ParseError: Error {
    let message: String
    init(_ message: String) { self.message = message }
}

/// Builds Jsonnet objects from parsed fields (later duplicates win, as in Go maps).
struct ObjectBuilder {
    var names = ContiguousArray<Int32>()
    var values = ContiguousArray<Lazy>()
    private var index: [Int32: Int]?

    mutating func set(_ name: Int32, _ v: Value) {
        if let idx = index {
            if let i = idx[name] {
                values[i] = .ready(v)
                return
            }
        } else {
            for i in 0..<names.count where names[i] == name {
                values[i] = .ready(v)
                return
            }
            if names.count == 8 {
                var m = [Int32: Int](minimumCapacity: 16)
                for (i, n) in names.enumerated() { m[n] = i }
                index = m
            }
        }
        index?[name] = names.count
        names.append(name)
        values.append(.ready(v))
    }

    func build() -> Value {
        let vis = ContiguousArray(repeating: Visibility.inherit, count: names.count)
        return .object(ObjectValue(layer: ObjectLayer(names: names, visibility: vis, bodyIndex: nil, source: .values(values))))
    }
}

// MARK: - JSON

/// `std.parseJson`: Go's `encoding/json` into `interface{}` — its syntax errors (from its
/// scanner, which reads a space at the end of input), numbers as float64 (out of range is an
/// error), invalid surrogate escapes as U+FFFD, later duplicate keys winning.
enum GoJSON {
    static let maxDepth = 10000

    /// Go's `quoteChar` of the byte an error is about.
    static func quoteChar(_ c: UInt8) -> String {
        if c == 0x27 { return "'\\''" }
        if c == 0x22 { return "'\"'" }
        if c == 0xA0 || c == 0xAD { return c == 0xA0 ? "'\\u00a0'" : "'\\u00ad'" }
        let q = goQuote(String(Character(Unicode.Scalar(c))))
        return "'" + q.dropFirst().dropLast() + "'"
    }

    private enum Container {
        case array(ContiguousArray<Lazy>)
        case object(ObjectBuilder, Int32)
    }

    static func parse(_ s: JString, _ vm: Evaluator) throws(ParseError) -> Value {
        var str = s.string
        let r: Result<Value, ParseError> = str.withUTF8 { buf in
            do throws(ParseError) {
                var p = Parser(buf: buf, vm: vm)
                return .success(try p.run())
            } catch {
                return .failure(error)
            }
        }
        return try r.get()
    }

    private struct Parser {
        let buf: UnsafeBufferPointer<UInt8>
        let vm: Evaluator
        var p = 0
        var rangeError: String?
        var scratch: [UInt8] = []
        var numBuf: [CChar] = []

        init(buf: UnsafeBufferPointer<UInt8>, vm: Evaluator) {
            self.buf = buf
            self.vm = vm
        }

        func invalid(_ c: UInt8, _ context: String) -> ParseError {
            ParseError("invalid character \(GoJSON.quoteChar(c)) \(context)")
        }

        static let eof = ParseError("unexpected end of JSON input")

        @inline(__always) mutating func skipSpace() {
            while p < buf.count {
                let c = buf[p]
                if c == 0x20 || c == 0x0A || c == 0x0D || c == 0x09 { p += 1 } else { break }
            }
        }

        /// The byte at `p`, or a space at the end (as Go's scanner does), and whether at end.
        @inline(__always) func byte(_ i: Int) -> UInt8 { i < buf.count ? buf[i] : 0x20 }

        mutating func run() throws(ParseError) -> Value {
            var stack: [Container] = []
            var value: Value
            valueLoop: while true {
                // A value starts here.
                skipSpace()
                guard p < buf.count else { throw Parser.eof }
                let c = buf[p]
                switch c {
                case 0x7B: // {
                    if stack.count + 1 > GoJSON.maxDepth { throw invalid(c, "exceeded max depth") }
                    p += 1
                    skipSpace()
                    guard p < buf.count else { throw Parser.eof }
                    if buf[p] == 0x7D {
                        p += 1
                        value = ObjectBuilder().build()
                    } else {
                        guard buf[p] == 0x22 else { throw invalid(buf[p], "looking for beginning of object key string") }
                        let key = try parseKey()
                        stack.append(.object(ObjectBuilder(), key))
                        continue valueLoop
                    }
                case 0x5B: // [
                    if stack.count + 1 > GoJSON.maxDepth { throw invalid(c, "exceeded max depth") }
                    p += 1
                    skipSpace()
                    guard p < buf.count else { throw Parser.eof }
                    if buf[p] == 0x5D {
                        p += 1
                        value = .array(ArrayValue.empty)
                    } else {
                        stack.append(.array([]))
                        continue valueLoop
                    }
                case 0x22:
                    value = .string(JString(try parseString()))
                case 0x2D, 0x30...0x39:
                    value = .number(try parseNumber())
                case 0x74: try literal("true"); value = .bool(true)
                case 0x66: try literal("false"); value = .bool(false)
                case 0x6E: try literal("null"); value = .null
                default:
                    throw invalid(c, "looking for beginning of value")
                }
                // A value ended: hand it to its container, closing containers as they end.
                while true {
                    guard !stack.isEmpty else {
                        skipSpace()
                        if p < buf.count { throw invalid(buf[p], "after top-level value") }
                        if let e = rangeError { throw ParseError(e) }
                        return value
                    }
                    skipSpace()
                    let last = stack.count - 1
                    switch stack[last] {
                    case .array(var elems):
                        stack[last] = .array([])
                        elems.append(.ready(value))
                        guard p < buf.count else { throw Parser.eof }
                        let d = buf[p]
                        p += 1
                        if d == 0x2C {
                            stack[last] = .array(elems)
                            continue valueLoop
                        }
                        if d == 0x5D {
                            stack.removeLast()
                            value = .array(ArrayValue(elems))
                            continue
                        }
                        throw invalid(d, "after array element")
                    case .object(var ob, let key):
                        stack[last] = .array([])
                        ob.set(key, value)
                        guard p < buf.count else { throw Parser.eof }
                        let d = buf[p]
                        p += 1
                        if d == 0x2C {
                            skipSpace()
                            guard p < buf.count else { throw Parser.eof }
                            guard buf[p] == 0x22 else { throw invalid(buf[p], "looking for beginning of object key string") }
                            let k = try parseKey()
                            stack[last] = .object(ob, k)
                            continue valueLoop
                        }
                        if d == 0x7D {
                            stack.removeLast()
                            value = ob.build()
                            continue
                        }
                        throw invalid(d, "after object key:value pair")
                    }
                }
            }
        }

        /// A key string and the ':' after it.
        mutating func parseKey() throws(ParseError) -> Int32 {
            let k = try parseString()
            skipSpace()
            guard p < buf.count else { throw Parser.eof }
            guard buf[p] == 0x3A else { throw invalid(buf[p], "after object key") }
            p += 1
            return vm.names.id(k)
        }

        mutating func literal(_ word: StaticString) throws(ParseError) {
            let w = word.utf8Start
            let n = word.utf8CodeUnitCount
            p += 1
            for i in 1..<n {
                let c = byte(p)
                if c != w[i] {
                    let name = String(decoding: UnsafeBufferPointer(start: w, count: n), as: UTF8.self)
                    throw invalid(c, "in literal \(name) (expecting \(GoJSON.quoteChar(w[i])))")
                }
                p += 1
            }
        }

        @inline(__always) static func hexValue(_ c: UInt8) -> Int {
            switch c {
            case 0x30...0x39: return Int(c) - 0x30
            case 0x41...0x46: return Int(c) - 0x41 + 10
            case 0x61...0x66: return Int(c) - 0x61 + 10
            default: return -1
            }
        }

        /// A string starting at the quote at `p`.
        mutating func parseString() throws(ParseError) -> String {
            p += 1
            let start = p
            // Fast path: no escapes.
            while p < buf.count {
                let c = buf[p]
                if c == 0x22 {
                    let s = String(decoding: UnsafeBufferPointer(rebasing: buf[start..<p]), as: UTF8.self)
                    p += 1
                    return s
                }
                if c == 0x5C { break }
                if c < 0x20 { throw invalid(c, "in string literal") }
                p += 1
            }
            guard p < buf.count else { throw Parser.eof }
            scratch.removeAll(keepingCapacity: true)
            scratch.append(contentsOf: UnsafeBufferPointer(rebasing: buf[start..<p]))
            while true {
                guard p < buf.count else { throw Parser.eof }
                let c = buf[p]
                if c == 0x22 {
                    p += 1
                    return String(decoding: scratch, as: UTF8.self)
                }
                if c < 0x20 { throw invalid(c, "in string literal") }
                if c != 0x5C {
                    scratch.append(c)
                    p += 1
                    continue
                }
                p += 1
                let e = byte(p)
                switch e {
                case 0x22, 0x5C, 0x2F: scratch.append(e)
                case 0x62: scratch.append(0x08)
                case 0x66: scratch.append(0x0C)
                case 0x6E: scratch.append(0x0A)
                case 0x72: scratch.append(0x0D)
                case 0x74: scratch.append(0x09)
                case 0x75:
                    var r = try hex4(p + 1)
                    p += 5
                    if r >= 0xD800 && r < 0xE000 {
                        // A surrogate: combined with a following \u low surrogate, else U+FFFD.
                        if r < 0xDC00, byte(p) == 0x5C, byte(p + 1) == 0x75, let r2 = peekHex4(p + 2), r2 >= 0xDC00 && r2 < 0xE000 {
                            r = 0x10000 + ((r - 0xD800) << 10) + (r2 - 0xDC00)
                            p += 6
                        } else {
                            r = 0xFFFD
                        }
                    }
                    scratch.append(contentsOf: String(Character(Unicode.Scalar(UInt32(r))!)).utf8)
                    continue
                default:
                    if p >= buf.count { throw invalid(0x20, "in string escape code") }
                    throw invalid(e, "in string escape code")
                }
                p += 1
            }
        }

        /// Four hex digits at `i` (checked as Go's scanner does, a space past the end).
        func hex4(_ i: Int) throws(ParseError) -> Int {
            var v = 0
            for k in 0..<4 {
                let c = byte(i + k)
                let h = Parser.hexValue(c)
                if h < 0 {
                    if i + k >= buf.count { throw invalid(0x20, "in \\u hexadecimal character escape") }
                    throw invalid(c, "in \\u hexadecimal character escape")
                }
                v = v << 4 | h
            }
            return v
        }

        func peekHex4(_ i: Int) -> Int? {
            var v = 0
            for k in 0..<4 {
                guard i + k < buf.count else { return nil }
                let h = Parser.hexValue(buf[i + k])
                if h < 0 { return nil }
                v = v << 4 | h
            }
            return v
        }

        @inline(__always) func isDigit(_ i: Int) -> Bool {
            i < buf.count && buf[i] >= 0x30 && buf[i] <= 0x39
        }

        mutating func parseNumber() throws(ParseError) -> Double {
            let start = p
            var neg = false
            if buf[p] == 0x2D {
                neg = true
                p += 1
                guard isDigit(p) else { throw invalid(byte(p), "in numeric literal") }
            }
            var mantissa: UInt64 = 0
            var digits = 0
            if buf[p] == 0x30 {
                p += 1
                digits = 1
            } else {
                while isDigit(p) {
                    if digits < 19 { mantissa = mantissa &* 10 &+ UInt64(buf[p] - 0x30) }
                    digits += 1
                    p += 1
                }
            }
            var simple = true
            if p < buf.count && buf[p] == 0x2E {
                simple = false
                p += 1
                guard isDigit(p) else { throw invalid(byte(p), "after decimal point in numeric literal") }
                while isDigit(p) { p += 1 }
            }
            if p < buf.count && (buf[p] == 0x65 || buf[p] == 0x45) {
                simple = false
                p += 1
                if p < buf.count && (buf[p] == 0x2B || buf[p] == 0x2D) { p += 1 }
                guard isDigit(p) else { throw invalid(byte(p), "in exponent of numeric literal") }
                while isDigit(p) { p += 1 }
            }
            if simple && digits <= 15 {
                let d = Double(mantissa)
                return neg ? -d : d
            }
            numBuf.removeAll(keepingCapacity: true)
            for i in start..<p { numBuf.append(CChar(bitPattern: buf[i])) }
            numBuf.append(0)
            let d = numBuf.withUnsafeBufferPointer { strtod($0.baseAddress!, nil) }
            if d.isInfinite && rangeError == nil {
                let text = String(decoding: UnsafeBufferPointer(rebasing: buf[start..<p]), as: UTF8.self)
                rangeError = "json: cannot unmarshal number \(text) into Go value of type float64"
            }
            return d
        }
    }
}

// MARK: - YAML

/// `std.parseYaml` as go-jsonnet 0.22 does it: the text is cut into documents at lines
/// starting with `---` (each piece read on its own, so error lines count from the piece's
/// start), each piece's first document is decoded with YAML 1.1 rules (yes/on/off booleans,
/// 0755 octals, `<<` merge keys, timestamps kept as strings), keys become strings, and the
/// result goes through JSON (numbers become doubles; NaN and infinities are errors). Several
/// pieces (or a leading `---`) give an array.
enum GoYAML {
    static let options: YAMLOptions = {
        var o = YAMLOptions()
        o.slashEscape = false
        o.minorVersions = [1]
        o.maxDepth = 10000
        return o
    }()

    static func parse(_ s: JString, _ vm: Evaluator) throws(ParseError) -> Value {
        var str = s.string
        let r: Result<Value, ParseError> = str.withUTF8 { buf in
            do throws(ParseError) {
                return .success(try parse(buf, vm))
            } catch {
                return .failure(error)
            }
        }
        return try r.get()
    }

    /// Byte ranges of the pieces, and whether any separator line was seen.
    static func split(_ buf: UnsafeBufferPointer<UInt8>) -> (chunks: [Range<Int>], separated: Bool) {
        var chunks: [Range<Int>] = []
        var separated = false
        var start = 0
        var lineStart = 0
        let n = buf.count
        while lineStart < n {
            var e = lineStart
            while e < n && buf[e] != 0x0A { e += 1 }
            // Line is lineStart..<e (without "\n"); a separator is "---" alone or followed by a blank.
            if e - lineStart >= 3 && buf[lineStart] == 0x2D && buf[lineStart + 1] == 0x2D && buf[lineStart + 2] == 0x2D {
                var rest = e
                if rest > lineStart + 3 && buf[rest - 1] == 0x0D { rest -= 1 }
                if rest == lineStart + 3 || buf[lineStart + 3] == 0x20 || buf[lineStart + 3] == 0x09 {
                    separated = true
                    if lineStart > start { chunks.append(start..<lineStart) }
                    start = lineStart
                }
            }
            lineStart = e + 1
        }
        if n > start { chunks.append(start..<n) }
        return (chunks, separated)
    }

    static func parse(_ buf: UnsafeBufferPointer<UInt8>, _ vm: Evaluator) throws(ParseError) -> Value {
        let (chunks, separated) = split(buf)
        var docs: [Value] = []
        for c in chunks {
            // Each piece is read as lines, each ending in "\n".
            if buf[c.upperBound - 1] == 0x0A {
                docs.append(try parseChunk(UnsafeBufferPointer(rebasing: buf[c]), vm))
            } else {
                var copy = Array(buf[c])
                copy.append(0x0A)
                let r: Result<Value, ParseError> = copy.withUnsafeBufferPointer { b in
                    do throws(ParseError) { return .success(try parseChunk(b, vm)) } catch { return .failure(error) }
                }
                docs.append(try r.get())
            }
        }
        if !separated { return docs.first ?? .null }
        return .array(ArrayValue(values: docs))
    }

    static func prefix(_ m: String) -> ParseError { ParseError("error converting YAML to JSON: " + m) }

    /// go-yaml's message for a reading error: "yaml: line N: problem", with N the problem's
    /// 0-based line (1-based for scanner errors), or the context's, and no line on line 0.
    static func message(_ e: YAMLError) -> String {
        var line = 0
        if e.stage == .composer || e.stage == .reader { return "yaml: " + e.problem }
        if e.problemMark.line != 0 {
            line = e.problemMark.line
            if e.stage == .scanner { line += 1 }
        } else if let c = e.contextMark, c.line != 0 {
            line = c.line
        }
        return "yaml: " + (line != 0 ? "line \(line): " : "") + e.problem
    }

    static func parseChunk(_ buf: UnsafeBufferPointer<UInt8>, _ vm: Evaluator) throws(ParseError) -> Value {
        let bad = YAML.firstDisallowedCharacter(buf)
        let reader = YAMLReader(bytes: buf, options: options)
        var decoder = GoYAMLValueDecoder(vm: vm)
        var result: Value = .null
        var failure: ChunkError?
        do throws(ChunkError) {
            result = try decoder.document(reader)
        } catch {
            failure = error
        }
        // go-yaml checks characters as it decodes its input in blocks of 512 bytes.
        if let b = bad, (b / 512) * 512 <= reader.furthestOffset {
            throw prefix("yaml: control characters are not allowed")
        }
        switch failure {
        case .yaml(let e)?: throw prefix(message(e))
        case .decode(let e)?: throw prefix("yaml: " + e.message)
        case nil: break
        }
        if let e = decoder.keyError { throw prefix(e) }
        if decoder.nonFinite, let bad = firstNonFinite(result, vm) { throw prefix("json: unsupported value: " + bad) }
        return result
    }

    /// The first NaN or infinity in `json.Marshal` order (object fields sorted).
    static func firstNonFinite(_ v: Value, _ vm: Evaluator) -> String? {
        switch v {
        case .number(let d):
            return d.isFinite ? nil : NumberFormat.goShortest(d)
        case .array(let a):
            for e in a.elements {
                if case .ready(let x) = e, let r = firstNonFinite(x, vm) { return r }
            }
            return nil
        case .object(let o):
            for id in o.visibleFields(vm) {
                if let x = try? o.field(id, vm, site: nil), let r = firstNonFinite(x, vm) { return r }
            }
            return nil
        default:
            return nil
        }
    }

    /// The first NaN or infinity in `json.Marshal` order (map keys sorted).
    static func firstNonFinite(_ g: GoValue) -> String? {
        switch g {
        case .float(let d):
            return d.isFinite ? nil : NumberFormat.goShortest(d)
        case .seq(let items):
            for i in items { if let r = firstNonFinite(i) { return r } }
            return nil
        case .map(let m):
            var pairs: [(String, GoValue)] = []
            for e in m.entries { pairs.append((GoJSONConverter.keyString(e.key) ?? "", e.value)) }
            pairs.sort { codepointLess($0.0, $1.0) }
            for (_, v) in pairs { if let r = firstNonFinite(v) { return r } }
            return nil
        default:
            return nil
        }
    }
}

/// go-yaml v2's decoding (see `GoYAMLDecoder`) and sigs.k8s.io/yaml's key conversion in one
/// pass, building Jsonnet values directly. Key conversion errors and non-finite numbers are
/// recorded and reported after decoding, as they are found after it in Go; messages that
/// show Go values decode the nodes concerned again with `GoYAMLDecoder`.
struct GoYAMLValueDecoder {
    let vm: Evaluator
    var decodeCount = 0
    var aliasCount = 0
    var aliasDepth = 0
    var expanding = Set<ObjectIdentifier>()
    var keyError: String?
    var nonFinite = false

    init(vm: Evaluator) { self.vm = vm }

    /// One of go-yaml's decode steps, with its check against excessive aliasing.
    @inline(__always)
    mutating func step() throws(GoDecodeError) {
        decodeCount += 1
        if aliasDepth > 0 { aliasCount += 1 }
        if aliasCount > 100 && decodeCount > 1000
            && Double(aliasCount) / Double(decodeCount) > GoYAMLDecoder.allowedAliasRatio(decodeCount) {
            throw GoDecodeError(message: "document contains excessive aliasing")
        }
    }

    // MARK: streaming

    /// Reading the events of the first document: anchors by name, and the collection depth.
    var anchors: [String: YAMLNode] = [:]
    var anchored: [YAMLNode] = []
    var depth = 0

    /// The first document of the stream (null if there is none). go-yaml composes the whole
    /// document before decoding it, so a decoding error is reported only once the rest of the
    /// document has been read without a syntax error.
    mutating func document(_ r: YAMLReader) throws(ChunkError) -> Value {
        let first: YAMLEvent
        do { first = try r.nextEvent() } catch { throw .yaml(error) }
        if first.kind == .streamEnd { return .null }
        var v: Value = .null
        do throws(ChunkError) {
            let e = try next(r)
            do {
                try step()  // the document node
                try step()  // its root
            } catch {
                throw .decode(error)
            }
            v = try decode(r, e)
        } catch {
            if case .decode = error {
                // Read the rest of the document for syntax errors, which come first.
                do throws(YAMLError) {
                    while depth > 0 {
                        let e = try r.nextEvent()
                        switch e.kind {
                        case .sequenceStart, .mappingStart: depth += 1
                        case .sequenceEnd, .mappingEnd: depth -= 1
                        default: break
                        }
                        if e.kind == .alias && anchors[e.anchor] == nil {
                            throw YAMLError(.composer, "unknown anchor '\(e.anchor)' referenced", at: e.start)
                        }
                        if !e.anchor.isEmpty && e.kind != .alias { anchors[e.anchor] = YAMLNode.placeholder }
                    }
                    _ = try r.nextEvent()
                } catch {
                    throw .yaml(error)
                }
            }
            throw error
        }
        do { _ = try r.nextEvent() } catch { throw .yaml(error) }  // the document end
        return v
    }

    @inline(__always)
    mutating func next(_ r: YAMLReader) throws(ChunkError) -> YAMLEvent {
        do { return try r.nextEvent() } catch { throw .yaml(error) }
    }

    /// The node starting with `e`, built from its events (for anchored nodes, aliases, merges).
    mutating func compose(_ r: YAMLReader, _ e: YAMLEvent) throws(ChunkError) -> YAMLNode {
        if e.kind == .alias {
            guard let t = anchors[e.anchor] else {
                throw .yaml(YAMLError(.composer, "unknown anchor '\(e.anchor)' referenced", at: e.start))
            }
            return YAMLNode.alias(e.anchor, to: t, at: e.start)
        }
        do { return try r.compose(e, anchors: &anchors, anchored: &anchored) } catch { throw .yaml(error) }
    }

    /// Decodes the node starting with event `e` (its step already taken).
    mutating func decode(_ r: YAMLReader, _ e: YAMLEvent) throws(ChunkError) -> Value {
        if !e.anchor.isEmpty || e.kind == .alias {
            let n = try compose(r, e)
            do { return try decode(n) } catch { throw .decode(error) }
        }
        switch e.kind {
        case .scalar:
            do {
                return value(try GoYAMLDecoder.scalar(e.value, tag: e.tag, plainImplicit: e.plainImplicit))
            } catch {
                throw .decode(error)
            }
        case .sequenceStart:
            depth += 1
            var items = ContiguousArray<Lazy>()
            while true {
                let c = try next(r)
                if c.kind == .sequenceEnd { break }
                do { try step() } catch { throw .decode(error) }
                items.append(.ready(try decode(r, c)))
            }
            depth -= 1
            return .array(ArrayValue(items))
        case .mappingStart:
            depth += 1
            var b = MapBuilder()
            while true {
                let ke = try next(r)
                if ke.kind == .mappingEnd { break }
                if ke.kind == .scalar && ke.value == "<<" && (ke.plainImplicit || ke.tag == GoYAMLDecoder.mergeTag) {
                    if !ke.anchor.isEmpty { _ = try compose(r, ke) }
                    let vn = try compose(r, try next(r))
                    do { try merge(vn, into: &b) } catch { throw .decode(error) }
                    continue
                }
                do { try step() } catch { throw .decode(error) }
                let k: GoValue
                if ke.kind == .scalar && ke.anchor.isEmpty {
                    do { k = try GoYAMLDecoder.scalar(ke.value, tag: ke.tag, plainImplicit: ke.plainImplicit) } catch { throw .decode(error) }
                } else {
                    let kn = try compose(r, ke)
                    do { k = try key(kn) } catch { throw .decode(error) }
                }
                let ve = try next(r)
                do { try step() } catch { throw .decode(error) }
                if let ks = GoJSONConverter.keyString(k) {
                    let v = try decode(r, ve)
                    b.object.set(vm.names.id(ks), v)
                } else {
                    // Keep the value's node for the message about this key.
                    let vn = try compose(r, ve)
                    do { _ = try decode(vn) } catch { throw .decode(error) }
                    if let j = b.badKeys.firstIndex(where: { GoMap.key($0.key) == GoMap.key(k) }) {
                        b.badKeys[j].value = vn
                    } else {
                        b.badKeys.append((k, vn))
                    }
                }
            }
            depth -= 1
            return b.build(&self)
        default:
            throw .yaml(YAMLError(.composer, "unexpected event", at: e.start))
        }
    }

    /// A decoder for messages, continuing from this one's state.
    func goDecoder() -> GoYAMLDecoder {
        var d = GoYAMLDecoder()
        d.decodeCount = decodeCount
        d.aliasCount = aliasCount
        d.aliasDepth = aliasDepth
        d.expanding = expanding
        return d
    }

    /// Decodes `n` (its own step already taken).
    mutating func decode(_ n: YAMLNode) throws(GoDecodeError) -> Value {
        switch n.kind {
        case .scalar:
            return value(try GoYAMLDecoder.scalar(n))
        case .sequence:
            var items = ContiguousArray<Lazy>()
            items.reserveCapacity(n.children.count)
            for c in n.children {
                try step()
                items.append(.ready(try decode(c)))
            }
            return .array(ArrayValue(items))
        case .mapping:
            var b = MapBuilder()
            try mapping(n, into: &b)
            return b.build(&self)
        case .alias:
            let id = ObjectIdentifier(n)
            if expanding.contains(id) {
                throw GoDecodeError(message: "anchor '\(n.value)' value contains itself")
            }
            expanding.insert(id)
            aliasDepth += 1
            try step()
            let v = try decode(n.target!)
            aliasDepth -= 1
            expanding.remove(id)
            return v
        }
    }

    mutating func value(_ g: GoValue) -> Value {
        switch g {
        case .null: return .null
        case .bool(let b): return .bool(b)
        case .int(let i): return .number(Double(i))
        case .uint(let u): return .number(Double(u))
        case .float(let d):
            if !d.isFinite { nonFinite = true }
            return .number(d)
        case .string(let s): return .string(JString(s))
        default: return .null
        }
    }

    /// The fields of a mapping being decoded (merges add to it).
    struct MapBuilder {
        var object = ObjectBuilder()
        /// Keys sigs.k8s.io/yaml cannot convert (null, uint64), with the node of their value.
        var badKeys: [(key: GoValue, value: YAMLNode)] = []

        mutating func build(_ d: inout GoYAMLValueDecoder) -> Value {
            if d.keyError == nil, let (k, vn) = badKeys.first {
                let type: String
                if case .uint = k { type = "uint64" } else { type = "%!s(<nil>)" }
                var g = d.goDecoder()
                let shown = (try? g.unmarshal(vn)).map { GoFormat.sharpV($0, nested: false) } ?? ""
                d.keyError = "unsupported map key of type: \(type), key: \(GoFormat.sharpV(k, nested: false)), value: \(shown)"
            }
            return object.build()
        }
    }

    mutating func mapping(_ n: YAMLNode, into b: inout MapBuilder) throws(GoDecodeError) {
        let c = n.children
        var i = 0
        while i + 1 < c.count {
            let kn = c[i], vn = c[i + 1]
            i += 2
            if GoYAMLDecoder.isMerge(kn) {
                try merge(vn, into: &b)
                continue
            }
            try step()
            let k = try key(kn)
            try step()
            let v = try decode(vn)
            if let ks = GoJSONConverter.keyString(k) {
                b.object.set(vm.names.id(ks), v)
            } else if let j = b.badKeys.firstIndex(where: { GoMap.key($0.key) == GoMap.key(k) }) {
                b.badKeys[j].value = vn
            } else {
                b.badKeys.append((k, vn))
            }
        }
    }

    /// A key (its step already taken): a scalar, possibly through aliases; a collection is
    /// an error showing the collection as Go prints it.
    mutating func key(_ n: YAMLNode) throws(GoDecodeError) -> GoValue {
        switch n.kind {
        case .scalar:
            return try GoYAMLDecoder.scalar(n)
        case .alias:
            let id = ObjectIdentifier(n)
            if expanding.contains(id) {
                throw GoDecodeError(message: "anchor '\(n.value)' value contains itself")
            }
            if n.target!.kind == .scalar {
                expanding.insert(id)
                aliasDepth += 1
                try step()
                let k = try key(n.target!)
                aliasDepth -= 1
                expanding.remove(id)
                return k
            }
            fallthrough
        default:
            var g = goDecoder()
            g.decodeCount -= 1  // the step for this node is taken again
            if aliasDepth > 0 { g.aliasCount -= 1 }
            let v = try g.unmarshal(n)
            throw GoDecodeError(message: "invalid map key: " + GoFormat.sharpV(v, nested: false))
        }
    }

    static let wantMap = GoDecodeError(message: "map merge requires map or sequence of maps as the value")

    mutating func merge(_ n: YAMLNode, into b: inout MapBuilder) throws(GoDecodeError) {
        switch n.kind {
        case .mapping, .alias:
            if n.kind == .alias, let t = n.target, t.kind != .mapping { throw GoYAMLValueDecoder.wantMap }
            try step()
            try mergeOne(n, into: &b)
        case .sequence:
            for ni in n.children.reversed() {
                if ni.kind == .alias {
                    if let t = ni.target, t.kind != .mapping { throw GoYAMLValueDecoder.wantMap }
                } else if ni.kind != .mapping {
                    throw GoYAMLValueDecoder.wantMap
                }
                try step()
                try mergeOne(ni, into: &b)
            }
        default:
            throw GoYAMLValueDecoder.wantMap
        }
    }

    /// Decodes a mapping, or an alias of one, into `b` (its step already taken).
    mutating func mergeOne(_ n: YAMLNode, into b: inout MapBuilder) throws(GoDecodeError) {
        if n.kind == .mapping { return try mapping(n, into: &b) }
        let id = ObjectIdentifier(n)
        if expanding.contains(id) {
            throw GoDecodeError(message: "anchor '\(n.value)' value contains itself")
        }
        expanding.insert(id)
        aliasDepth += 1
        try step()
        try mapping(n.target!, into: &b)
        aliasDepth -= 1
        expanding.remove(id)
    }
}

/// A value as go-yaml v2 decodes it into `interface{}`.
enum GoValue {
    case null
    case bool(Bool)
    case int(Int64)
    case uint(UInt64)
    case float(Double)
    case string(String)
    case seq([GoValue])
    case map(GoMap)
}

/// `map[interface{}]interface{}`: keys compare as Go values (by type, then value), in
/// insertion order.
final class GoMap {
    struct Entry {
        var key: GoValue
        var value: GoValue
        var hash: GoKey?
    }
    var entries: [Entry] = []
    /// Built once the map has more than 8 keys.
    private var index: [GoKey: Int] = [:]

    struct GoKey: Hashable {
        let kind: UInt8
        let bits: UInt64
        let text: ByteString?
    }

    static func key(_ v: GoValue) -> GoKey? {
        switch v {
        case .null: return GoKey(kind: 0, bits: 0, text: nil)
        case .bool(let b): return GoKey(kind: 1, bits: b ? 1 : 0, text: nil)
        case .int(let i): return GoKey(kind: 2, bits: UInt64(bitPattern: i), text: nil)
        case .uint(let u): return GoKey(kind: 3, bits: u, text: nil)
        case .float(let d):
            if d.isNaN { return nil }  // NaN is never equal to itself
            return GoKey(kind: 4, bits: (d == 0 ? 0.0 : d).bitPattern, text: nil)
        case .string(let s): return GoKey(kind: 5, bits: 0, text: ByteString(string: s))
        default: return nil
        }
    }

    func set(_ k: GoValue, _ v: GoValue) {
        guard let h = GoMap.key(k) else {
            entries.append(Entry(key: k, value: v, hash: nil))
            return
        }
        if index.isEmpty {
            for i in 0..<entries.count where entries[i].hash == h {
                entries[i].key = k
                entries[i].value = v
                return
            }
            if entries.count >= 8 {
                for (i, e) in entries.enumerated() { if let x = e.hash { index[x] = i } }
            }
        } else if let i = index[h] {
            entries[i].key = k
            entries[i].value = v
            return
        }
        if !index.isEmpty { index[h] = entries.count }
        entries.append(Entry(key: k, value: v, hash: h))
    }
}

enum ChunkError: Error {
    case yaml(YAMLError)
    case decode(GoDecodeError)
}

struct GoDecodeError: Error {
    let message: String
}

/// go-yaml v2's decoding of a document into `interface{}`: YAML 1.1 scalar resolution,
/// explicit tags checked, merge keys, aliases expanded (with its limit on alias expansion).
struct GoYAMLDecoder {
    var decodeCount = 0
    var aliasCount = 0
    var aliasDepth = 0
    var expanding = Set<ObjectIdentifier>()

    static let longTag = "tag:yaml.org,2002:"
    static let strTag = longTag + "str", intTag = longTag + "int", floatTag = longTag + "float"
    static let boolTag = longTag + "bool", nullTag = longTag + "null", timestampTag = longTag + "timestamp"
    static let binaryTag = longTag + "binary", mergeTag = longTag + "merge"

    static func allowedAliasRatio(_ decodeCount: Int) -> Double {
        if decodeCount <= 400_000 { return 0.99 }
        if decodeCount >= 4_000_000 { return 0.10 }
        return 0.99 - 0.89 * (Double(decodeCount - 400_000) / 3_600_000)
    }

    /// Decodes `n`; `count` is the number of decode steps go takes to reach it (2 for the
    /// root: the document node, then the root).
    mutating func unmarshal(_ n: YAMLNode, count: Int = 1) throws(GoDecodeError) -> GoValue {
        for _ in 0..<count {
            decodeCount += 1
            if aliasDepth > 0 { aliasCount += 1 }
            if aliasCount > 100 && decodeCount > 1000
                && Double(aliasCount) / Double(decodeCount) > GoYAMLDecoder.allowedAliasRatio(decodeCount) {
                throw GoDecodeError(message: "document contains excessive aliasing")
            }
        }
        switch n.kind {
        case .scalar:
            return try scalar(n)
        case .sequence:
            var items: [GoValue] = []
            items.reserveCapacity(n.children.count)
            for c in n.children { items.append(try unmarshal(c)) }
            return .seq(items)
        case .mapping:
            let m = GoMap()
            try mapping(n, into: m)
            return .map(m)
        case .alias:
            let id = ObjectIdentifier(n)
            if expanding.contains(id) {
                throw GoDecodeError(message: "anchor '\(n.value)' value contains itself")
            }
            expanding.insert(id)
            aliasDepth += 1
            let v = try unmarshal(n.target!)
            aliasDepth -= 1
            expanding.remove(id)
            return v
        }
    }

    static func isMerge(_ n: YAMLNode) -> Bool {
        n.kind == .scalar && n.value == "<<" && (n.plainImplicit || n.tag == mergeTag)
    }

    mutating func mapping(_ n: YAMLNode, into m: GoMap) throws(GoDecodeError) {
        let c = n.children
        var i = 0
        while i + 1 < c.count {
            if GoYAMLDecoder.isMerge(c[i]) {
                try merge(c[i + 1], into: m)
                i += 2
                continue
            }
            let k = try unmarshal(c[i])
            switch k {
            case .seq, .map:
                throw GoDecodeError(message: "invalid map key: " + GoFormat.sharpV(k, nested: false))
            default: break
            }
            let v = try unmarshal(c[i + 1])
            m.set(k, v)
            i += 2
        }
    }

    static let wantMap = GoDecodeError(message: "map merge requires map or sequence of maps as the value")

    mutating func merge(_ n: YAMLNode, into m: GoMap) throws(GoDecodeError) {
        func copy(_ v: GoValue) {
            if case .map(let src) = v {
                for e in src.entries { m.set(e.key, e.value) }
            }
        }
        switch n.kind {
        case .mapping:
            copy(try unmarshal(n))
        case .alias:
            if let t = n.target, t.kind != .mapping { throw GoYAMLDecoder.wantMap }
            copy(try unmarshal(n))
        case .sequence:
            for ni in n.children.reversed() {
                if ni.kind == .alias {
                    if let t = ni.target, t.kind != .mapping { throw GoYAMLDecoder.wantMap }
                } else if ni.kind != .mapping {
                    throw GoYAMLDecoder.wantMap
                }
                copy(try unmarshal(ni))
            }
        default:
            throw GoYAMLDecoder.wantMap
        }
    }

    static func shortTag(_ t: String) -> String {
        t.hasPrefix(longTag) ? "!!" + t.dropFirst(longTag.count) : t
    }

    func scalar(_ n: YAMLNode) throws(GoDecodeError) -> GoValue { try GoYAMLDecoder.scalar(n) }

    static func scalar(_ n: YAMLNode) throws(GoDecodeError) -> GoValue {
        try scalar(n.value, tag: n.tag, plainImplicit: n.plainImplicit)
    }

    static func scalar(_ value: String, tag: String, plainImplicit: Bool) throws(GoDecodeError) -> GoValue {
        if tag.isEmpty {
            if !plainImplicit { return .string(value) }
            let (k, v) = resolveKind(.none, value)
            return k == .timestamp ? .string(value) : v
        }
        let (rtag, v) = try GoYAMLDecoder.resolve(tag, value)
        if rtag == GoYAMLDecoder.binaryTag {
            guard let data = GoYAMLDecoder.base64(value) else {
                throw GoDecodeError(message: "!!binary value contains invalid base64 data")
            }
            return .string(goUTF8(data))
        }
        if rtag == GoYAMLDecoder.timestampTag { return .string(value) }
        return v
    }

    static func resolve(_ tag: String, _ s: String) throws(GoDecodeError) -> (String, GoValue) {
        switch tag {
        case "", strTag, boolTag, intTag, floatTag, nullTag, timestampTag: break
        default: return (tag, .string(s))
        }
        var (rtag, out) = resolvePlain(tag, s)
        if tag.isEmpty { return (rtag, out) }
        switch tag {
        case "", rtag, strTag, binaryTag: return (rtag, out)
        case floatTag where rtag == intTag:
            if case .int(let i) = out {
                rtag = floatTag
                out = .float(Double(i))
                return (rtag, out)
            }
        default: break
        }
        throw GoDecodeError(message: "cannot decode \(shortTag(rtag)) `\(s)` as a \(shortTag(tag))")
    }

    /// go-yaml's table of special plain values (booleans, nulls, infinities, NaN, merge).
    static func special(_ s: String) -> (Kind, GoValue)? {
        var s = s
        return s.withUTF8 { u -> (Kind, GoValue)? in
            func eq(_ w: StaticString) -> Bool {
                w.utf8CodeUnitCount == u.count && memcmp(w.utf8Start, u.baseAddress!, u.count) == 0
            }
            switch u.count {
            case 0: return (.null, .null)
            case 1:
                switch u[0] {
                case UInt8(ascii: "y"), UInt8(ascii: "Y"): return (.bool, .bool(true))
                case UInt8(ascii: "n"), UInt8(ascii: "N"): return (.bool, .bool(false))
                case UInt8(ascii: "~"): return (.null, .null)
                default: return nil
                }
            case 2:
                if eq("on") || eq("On") || eq("ON") { return (.bool, .bool(true)) }
                if eq("no") || eq("No") || eq("NO") { return (.bool, .bool(false)) }
                if eq("<<") { return (.merge, .string("<<")) }
                return nil
            case 3:
                if eq("yes") || eq("Yes") || eq("YES") { return (.bool, .bool(true)) }
                if eq("off") || eq("Off") || eq("OFF") { return (.bool, .bool(false)) }
                return nil
            case 4:
                if eq("true") || eq("True") || eq("TRUE") { return (.bool, .bool(true)) }
                if eq("null") || eq("Null") || eq("NULL") { return (.null, .null) }
                if eq(".nan") || eq(".NaN") || eq(".NAN") { return (.float, .float(.nan)) }
                if eq(".inf") || eq(".Inf") || eq(".INF") { return (.float, .float(.infinity)) }
                return nil
            case 5:
                if eq("false") || eq("False") || eq("FALSE") { return (.bool, .bool(false)) }
                if eq("+.inf") || eq("+.Inf") || eq("+.INF") { return (.float, .float(.infinity)) }
                if eq("-.inf") || eq("-.Inf") || eq("-.INF") { return (.float, .float(-.infinity)) }
                return nil
            default: return nil
            }
        }
    }

    /// go-yaml's resolution of untagged (or core-tagged) scalar text.
    static func resolvePlain(_ tag: String, _ s: String) -> (String, GoValue) {
        let (k, v) = resolveKind(tag.isEmpty ? .none : tag == strTag ? .str : tag == binaryTag ? .binary : tag == timestampTag ? .timestamp : .other, s)
        return (k.tag, v)
    }

    /// Resolved tags, as a small enum so the common path compares no strings.
    enum Kind {
        case none, str, bool, int, float, null, timestamp, merge, binary, other
        var tag: String {
            switch self {
            case .str, .none, .other: return strTag
            case .bool: return boolTag
            case .int: return intTag
            case .float: return floatTag
            case .null: return nullTag
            case .timestamp: return timestampTag
            case .merge: return mergeTag
            case .binary: return binaryTag
            }
        }
    }

    static func resolveKind(_ tag: Kind, _ s: String) -> (Kind, GoValue) {
        var hint: UInt8 = 0
        if let c = s.utf8.first {
            switch c {
            case UInt8(ascii: "+"), UInt8(ascii: "-"): hint = UInt8(ascii: "S")
            case 0x30...0x39: hint = UInt8(ascii: "D")
            case UInt8(ascii: "."): hint = UInt8(ascii: ".")
            case UInt8(ascii: "y"), UInt8(ascii: "Y"), UInt8(ascii: "n"), UInt8(ascii: "N"), UInt8(ascii: "t"),
                 UInt8(ascii: "T"), UInt8(ascii: "f"), UInt8(ascii: "F"), UInt8(ascii: "o"), UInt8(ascii: "O"),
                 UInt8(ascii: "~"):
                hint = UInt8(ascii: "M")
            default: hint = 0
            }
        } else {
            hint = UInt8(ascii: "N")
        }
        guard hint != 0 && tag != .str && tag != .binary else { return (.str, .string(s)) }
        if let r = special(s) { return r }
        if hint == UInt8(ascii: "M") { return (.str, .string(s)) }
        let u = Array(s.utf8)
        switch hint {
        case UInt8(ascii: "."):
            // Go's ParseFloat of the text as it is: ".5", ".5e3".
            if YAML.isFloatSyntax(u), let d = parseFloat(s) { return (.float, .float(d)) }
        case UInt8(ascii: "D"), UInt8(ascii: "S"):
            if tag == .none || tag == .timestamp, isTimestamp(u) { return (.timestamp, .string(s)) }
            let plain = u.filter { $0 != UInt8(ascii: "_") }
            if let i = parseGoInt(plain, signed: true) { return (.int, .int(Int64(bitPattern: i))) }
            if let i = parseGoInt(plain, signed: false) { return (.int, .uint(i)) }
            if YAML.isFloatSyntax(plain), let d = parseFloat(String(decoding: plain, as: UTF8.self)) {
                return (.float, .float(d))
            }
            if plain.count >= 2 && plain[0] == 0x30 && plain[1] == UInt8(ascii: "b") {
                let rest = Array(plain[2...])
                if let v = parseRadix(rest, 2, signed: true) { return (.int, .int(Int64(bitPattern: v))) }
                if let v = parseRadix(rest, 2, signed: false) { return (.int, .uint(v)) }
            } else if plain.count >= 3 && plain[0] == UInt8(ascii: "-") && plain[1] == 0x30 && plain[2] == UInt8(ascii: "b") {
                if let v = parseRadix([UInt8(ascii: "-")] + plain[3...], 2, signed: true) { return (.int, .int(Int64(bitPattern: v))) }
            }
        default: break
        }
        return (.str, .string(s))
    }

    /// Go's ParseFloat of decimal syntax: nil when out of range.
    static func parseFloat(_ s: String) -> Double? {
        let d = s.withCString { strtod($0, nil) }
        return d.isFinite ? d : nil
    }

    /// Go's `strconv.ParseInt(s, 0, 64)` / `ParseUint(s, 0, 64)`, as a bit pattern.
    static func parseGoInt(_ u: [UInt8], signed: Bool) -> UInt64? {
        var i = 0
        var neg = false
        if signed && i < u.count && (u[i] == 0x2B || u[i] == 0x2D) {
            neg = u[i] == 0x2D
            i += 1
        }
        guard i < u.count else { return nil }
        var radix = 10
        if u[i] == 0x30 && i + 1 < u.count {
            switch u[i + 1] {
            case UInt8(ascii: "x"), UInt8(ascii: "X"): radix = 16; i += 2
            case UInt8(ascii: "o"), UInt8(ascii: "O"): radix = 8; i += 2
            case UInt8(ascii: "b"), UInt8(ascii: "B"): radix = 2; i += 2
            default: radix = 8; i += 1
            }
        }
        guard let mag = magnitude(u[i...], radix) else { return nil }
        if !signed { return mag }
        if neg {
            if mag > UInt64(Int64.max) + 1 { return nil }
            return UInt64(bitPattern: 0 &- Int64(truncatingIfNeeded: mag))
        }
        if mag > UInt64(Int64.max) { return nil }
        return mag
    }

    static func parseRadix(_ u: [UInt8], _ radix: Int, signed: Bool) -> UInt64? {
        var i = 0
        var neg = false
        if signed && i < u.count && (u[i] == 0x2B || u[i] == 0x2D) {
            neg = u[i] == 0x2D
            i += 1
        }
        guard let mag = magnitude(u[i...], radix) else { return nil }
        if !signed { return mag }
        if neg {
            if mag > UInt64(Int64.max) + 1 { return nil }
            return UInt64(bitPattern: 0 &- Int64(truncatingIfNeeded: mag))
        }
        if mag > UInt64(Int64.max) { return nil }
        return mag
    }

    static func magnitude(_ u: ArraySlice<UInt8>, _ radix: Int) -> UInt64? {
        guard !u.isEmpty else { return nil }
        var v: UInt64 = 0
        for c in u {
            let d: Int
            switch c {
            case 0x30...0x39: d = Int(c) - 0x30
            case 0x61...0x7A: d = Int(c) - 0x61 + 10
            case 0x41...0x5A: d = Int(c) - 0x41 + 10
            default: return nil
            }
            if d >= radix { return nil }
            let (m, o1) = v.multipliedReportingOverflow(by: UInt64(radix))
            let (a, o2) = m.addingReportingOverflow(UInt64(d))
            if o1 || o2 { return nil }
            v = a
        }
        return v
    }

    /// go-yaml's timestamp forms (Go layouts "2006-1-2T15:4:5.999999999Z07:00", the same with
    /// "t", "2006-1-2 15:4:5.999999999" and "2006-1-2").
    static func isTimestamp(_ u: [UInt8]) -> Bool {
        var i = 0
        while i < u.count && u[i] >= 0x30 && u[i] <= 0x39 { i += 1 }
        guard i == 4, i < u.count, u[i] == 0x2D else { return false }
        func num(_ maxDigits: Int) -> Int? {
            var v = 0, k = 0
            while i < u.count && k < maxDigits && u[i] >= 0x30 && u[i] <= 0x39 {
                v = v * 10 + Int(u[i] - 0x30)
                i += 1
                k += 1
            }
            return k == 0 ? nil : v
        }
        let year = Int(String(decoding: u[0..<4], as: UTF8.self))!
        i = 5
        guard let month = num(2), month >= 1, month <= 12, i < u.count, u[i] == 0x2D else { return false }
        i += 1
        guard let day = num(2), day >= 1 else { return false }
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
        let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
        guard day <= days else { return false }
        if i == u.count { return true }
        let sep = u[i]
        guard sep == UInt8(ascii: "T") || sep == UInt8(ascii: "t") || sep == 0x20 else { return false }
        i += 1
        guard let h = num(2), h < 24, i < u.count, u[i] == 0x3A else { return false }
        i += 1
        guard let m = num(2), m < 60, i < u.count, u[i] == 0x3A else { return false }
        i += 1
        guard let sec = num(2), sec < 60 else { return false }
        if i < u.count && (u[i] == 0x2E || u[i] == 0x2C) {
            i += 1
            guard num(Int.max) != nil else { return false }
        }
        if sep == 0x20 { return i == u.count }
        guard i < u.count else { return false }
        if u[i] == UInt8(ascii: "Z") { return i + 1 == u.count }
        guard u[i] == 0x2B || u[i] == 0x2D else { return false }
        i += 1
        let hs = i
        guard num(2) != nil, i - hs == 2, i < u.count, u[i] == 0x3A else { return false }
        i += 1
        let ms = i
        guard num(2) != nil, i - ms == 2 else { return false }
        return i == u.count
    }

    /// Go's `base64.StdEncoding.DecodeString` (CR and LF ignored, padding required).
    static func base64(_ s: String) -> [UInt8]? {
        var vals: [UInt8] = []
        var pad = 0
        for c in s.utf8 {
            if c == 0x0A || c == 0x0D { continue }
            if c == UInt8(ascii: "=") {
                pad += 1
                vals.append(0)
                continue
            }
            if pad > 0 { return nil }
            let v: UInt8
            switch c {
            case 0x41...0x5A: v = c - 0x41
            case 0x61...0x7A: v = c - 0x61 + 26
            case 0x30...0x39: v = c - 0x30 + 52
            case UInt8(ascii: "+"): v = 62
            case UInt8(ascii: "/"): v = 63
            default: return nil
            }
            vals.append(v)
        }
        guard vals.count % 4 == 0, pad <= 2 else { return nil }
        var out: [UInt8] = []
        var i = 0
        while i < vals.count {
            let n = UInt32(vals[i]) << 18 | UInt32(vals[i + 1]) << 12 | UInt32(vals[i + 2]) << 6 | UInt32(vals[i + 3])
            let last = i + 4 == vals.count
            let p = last ? pad : 0
            out.append(UInt8(n >> 16))
            if p < 2 { out.append(UInt8((n >> 8) & 0xFF)) }
            if p < 1 { out.append(UInt8(n & 0xFF)) }
            if last && p > 0 {
                // Go rejects non-zero bits left over under the padding only in strict mode.
            }
            i += 4
        }
        if pad > 0 && vals.count < 4 { return nil }
        return out
    }
}

/// Bytes as Go's JSON encoder writes them: each byte of an invalid UTF-8 sequence becomes U+FFFD.
func goUTF8(_ b: [UInt8]) -> String {
    var out: [UInt8] = []
    out.reserveCapacity(b.count)
    var i = 0
    let rep: [UInt8] = [0xEF, 0xBF, 0xBD]
    while i < b.count {
        let c = b[i]
        if c < 0x80 {
            out.append(c)
            i += 1
            continue
        }
        var need = 0
        var lo: UInt8 = 0x80, hi: UInt8 = 0xBF
        switch c {
        case 0xC2...0xDF: need = 1
        case 0xE0: need = 2; lo = 0xA0
        case 0xE1...0xEC, 0xEE, 0xEF: need = 2
        case 0xED: need = 2; hi = 0x9F
        case 0xF0: need = 3; lo = 0x90
        case 0xF1...0xF3: need = 3
        case 0xF4: need = 3; hi = 0x8F
        default: need = -1
        }
        var ok = need > 0 && i + need < b.count
        if ok {
            if b[i + 1] < lo || b[i + 1] > hi { ok = false }
            var k = 2
            while ok && k <= need {
                if b[i + k] < 0x80 || b[i + k] > 0xBF { ok = false }
                k += 1
            }
        }
        if ok {
            out.append(contentsOf: b[i...(i + need)])
            i += need + 1
        } else {
            out.append(contentsOf: rep)
            i += 1
        }
    }
    return String(decoding: out, as: UTF8.self)
}

/// sigs.k8s.io/yaml's conversion of decoded YAML to JSON values, then into Jsonnet values.
struct GoJSONConverter {
    let vm: Evaluator
    var keyError: String?
    var nonFinite = false

    /// The JSON key for a map key, or nil when there is none.
    static func keyString(_ k: GoValue) -> String? {
        switch k {
        case .string(let s): return s
        case .int(let i): return String(i)
        case .bool(let b): return b ? "true" : "false"
        case .float(let d):
            let f = Float(d)
            if f.isNaN { return ".nan" }
            if f.isInfinite { return f < 0 ? "-.inf" : ".inf" }
            return GoFormat.float32G(f)
        default: return nil
        }
    }

    mutating func convert(_ g: GoValue) throws(ParseError) -> Value {
        switch g {
        case .null: return .null
        case .bool(let b): return .bool(b)
        case .int(let i): return .number(Double(i))
        case .uint(let u): return .number(Double(u))
        case .float(let d):
            if !d.isFinite { nonFinite = true }
            return .number(d)
        case .string(let s): return .string(JString(s))
        case .seq(let items):
            var out = ContiguousArray<Lazy>()
            out.reserveCapacity(items.count)
            for i in items { out.append(.ready(try convert(i))) }
            return .array(ArrayValue(out))
        case .map(let m):
            var ob = ObjectBuilder()
            for e in m.entries {
                let k = e.key, v = e.value
                guard let ks = GoJSONConverter.keyString(k) else {
                    if keyError == nil {
                        let type: String
                        switch k {
                        case .null: type = "%!s(<nil>)"
                        case .uint: type = "uint64"
                        default: type = "interface {}"
                        }
                        keyError = "unsupported map key of type: \(type), key: \(GoFormat.sharpV(k, nested: false)), value: \(GoFormat.sharpV(v, nested: false))"
                    }
                    continue
                }
                ob.set(vm.names.id(ks), try convert(v))
            }
            return ob.build()
        }
    }
}

/// Go `fmt` and `strconv` formats used in go-yaml and sigs.k8s.io/yaml messages.
enum GoFormat {
    /// `strconv.FormatFloat(float64(f), 'g', -1, 32)`.
    static func float32G(_ f: Float) -> String {
        if f == 0 { return f.sign == .minus ? "-0" : "0" }
        let (digits, point) = ShortestDigits.of(description: abs(f).description)
        let sign = f < 0 ? "-" : ""
        let x = point - 1
        let ds = String(decoding: digits, as: UTF8.self)
        if x < -4 || x >= 6 {
            var m = String(ds.prefix(1))
            if digits.count > 1 { m += "." + ds.dropFirst() }
            let e = abs(x)
            return sign + m + "e" + (x < 0 ? "-" : "+") + (e < 10 ? "0" : "") + String(e)
        }
        if point <= 0 { return sign + "0." + String(repeating: "0", count: -point) + ds }
        if point >= digits.count { return sign + ds + String(repeating: "0", count: point - digits.count) }
        return sign + String(ds.prefix(point)) + "." + String(ds.dropFirst(point))
    }

    /// `%#v` of a decoded value (`nested`: inside a container, where nil prints as
    /// `interface {}(nil)`).
    static func sharpV(_ g: GoValue, nested: Bool) -> String {
        switch g {
        case .null: return nested ? "interface {}(nil)" : "<nil>"
        case .bool(let b): return b ? "true" : "false"
        case .int(let i): return String(i)
        case .uint(let u): return "0x" + String(u, radix: 16)
        case .float(let d): return NumberFormat.goShortest(d)
        case .string(let s): return goQuote(s)
        case .seq(let items):
            return "[]interface {}{" + items.map { sharpV($0, nested: true) }.joined(separator: ", ") + "}"
        case .map(let m):
            func rank(_ k: GoValue) -> Int {
                switch k {
                case .null: return 0
                case .string: return 1
                case .int: return 2
                case .float: return 3
                case .bool: return 4
                default: return 5
                }
            }
            let pairs = m.entries.map { ($0.key, $0.value) }.sorted { a, b in
                let ra = rank(a.0), rb = rank(b.0)
                if ra != rb { return ra < rb }
                switch (a.0, b.0) {
                case (.string(let x), .string(let y)): return codepointLess(x, y)
                case (.int(let x), .int(let y)): return x < y
                case (.float(let x), .float(let y)): return x < y || (x.isNaN && !y.isNaN)
                case (.bool(let x), .bool(let y)): return !x && y
                case (.uint(let x), .uint(let y)): return x < y
                default: return false
                }
            }
            return "map[interface {}]interface {}{" + pairs.map { sharpV($0.0, nested: true) + ":" + sharpV($0.1, nested: true) }.joined(separator: ", ") + "}"
        }
    }
}
