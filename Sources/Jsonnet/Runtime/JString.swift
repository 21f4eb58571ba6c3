/// A Jsonnet string. Jsonnet compares, orders and indexes strings by Unicode code point, which
/// Swift's `String` does not (it compares canonically equivalent strings as equal), so
/// comparisons here work on UTF-8 bytes (whose order is code point order). Concatenation builds
/// a rope that is flattened on first use, keeping `s + t` in loops linear.
public final class JString {
    private var flat: String?
    private var left: JString?
    private var right: JString?
    /// Length in UTF-8 bytes.
    public let utf8Count: Int
    private var scalarCountCache = -1
    private var scalarsCache: [Unicode.Scalar]?
    /// The interned field-name id of this string in `nameOwner`'s table, once it has been
    /// used as a field name there.
    var nameID: Int32 = -1
    var nameOwner: ObjectIdentifier?

    public init(_ s: String) {
        var s = s
        s.makeContiguousUTF8()
        flat = s
        utf8Count = s.utf8.count
    }

    private init(left: JString, right: JString) {
        self.left = left
        self.right = right
        utf8Count = left.utf8Count + right.utf8Count
    }

    nonisolated(unsafe) static let empty = JString("")

    /// `a + b`, as a rope node when the result is long.
    static func concat(_ a: JString, _ b: JString) -> JString {
        if a.utf8Count == 0 { return b }
        if b.utf8Count == 0 { return a }
        if a.utf8Count + b.utf8Count < 64 { return JString(a.string + b.string) }
        return JString(left: a, right: b)
    }

    /// The flat Swift string (flattening a rope once, iteratively).
    public var string: String {
        if let f = flat { return f }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(utf8Count)
        var stack: [JString] = [self]
        while let node = stack.popLast() {
            if let f = node.flat {
                bytes.append(contentsOf: f.utf8)
            } else {
                stack.append(node.right!)
                stack.append(node.left!)
            }
        }
        let s = String(decoding: bytes, as: UTF8.self)
        flat = s
        left = nil
        right = nil
        return s
    }

    /// True when every character is ASCII (so byte offsets are code point offsets).
    public var isASCII: Bool { scalarCount == utf8Count }

    /// Number of Unicode code points.
    public var scalarCount: Int {
        if scalarCountCache >= 0 { return scalarCountCache }
        var n = 0
        for b in string.utf8 where b & 0xC0 != 0x80 { n += 1 }
        scalarCountCache = n
        return n
    }

    /// The code points, for indexing non-ASCII strings.
    public var scalars: [Unicode.Scalar] {
        if let s = scalarsCache { return s }
        let s = Array(string.unicodeScalars)
        scalarsCache = s
        return s
    }

    /// The code point at index `i` (0 ≤ i < scalarCount).
    public func scalar(at i: Int) -> Unicode.Scalar {
        if isASCII {
            return string.utf8.withContiguousStorageIfAvailable { Unicode.Scalar($0[i]) }
                ?? Unicode.Scalar(Array(string.utf8)[i])
        }
        return scalars[i]
    }

    /// Byte-wise equality (= code point equality).
    public static func equal(_ a: JString, _ b: JString) -> Bool {
        if a === b { return true }
        if a.utf8Count != b.utf8Count { return false }
        return a.string.utf8.elementsEqual(b.string.utf8)
    }

    /// Code point order: negative, zero or positive.
    public static func compare(_ a: JString, _ b: JString) -> Int {
        if a === b { return 0 }
        var sa = a.string, sb = b.string
        return sa.withUTF8 { pa in
            sb.withUTF8 { pb in
                let n = min(pa.count, pb.count)
                for i in 0..<n where pa[i] != pb[i] {
                    return pa[i] < pb[i] ? -1 : 1
                }
                return pa.count - pb.count
            }
        }
    }
}

/// A `String` key compared and hashed by its UTF-8 bytes, for dictionaries whose keys are
/// Jsonnet strings (Swift's own `String` equality would merge canonically equivalent keys).
struct ByteString: Hashable {
    let string: String

    static func == (a: ByteString, b: ByteString) -> Bool {
        a.string.utf8.count == b.string.utf8.count && a.string.utf8.elementsEqual(b.string.utf8)
    }

    func hash(into hasher: inout Hasher) {
        var s = string
        s.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }
}

/// Orders Swift strings by UTF-8 bytes (= code point order), as Jsonnet sorts keys.
func codepointLess(_ a: String, _ b: String) -> Bool {
    var a = a, b = b
    return a.withUTF8 { pa in
        b.withUTF8 { pb in
            let n = min(pa.count, pb.count)
            for i in 0..<n where pa[i] != pb[i] { return pa[i] < pb[i] }
            return pa.count < pb.count
        }
    }
}
