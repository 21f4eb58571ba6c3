/// A set of Unicode scalars as sorted, merged, closed ranges, with an ASCII bitmap for the
/// common case. Built by the parser (classes, Perl and POSIX classes, Unicode tables, case
/// folding); read by the Pike VM.
struct RE2CharClass: Sendable, Equatable {
    /// Flattened `lo, hi` pairs, sorted, non-overlapping, non-adjacent.
    private(set) var ranges: [UInt32] = []
    private var asciiLow: UInt64 = 0
    private var asciiHigh: UInt64 = 0

    static let maxScalar: UInt32 = 0x10FFFF

    init() {}

    init(ranges pairs: [UInt32]) {
        var builder = Builder()
        var i = 0
        while i + 1 < pairs.count {
            builder.add(pairs[i], pairs[i + 1])
            i += 2
        }
        self = builder.build()
    }

    @inline(__always)
    func contains(_ c: UInt32) -> Bool {
        if c < 64 { return asciiLow & (1 << UInt64(c)) != 0 }
        if c < 128 { return asciiHigh & (1 << UInt64(c - 64)) != 0 }
        // Binary search over the pairs.
        var lo = 0
        var hi = ranges.count / 2
        while lo < hi {
            let mid = (lo + hi) >> 1
            if ranges[2 * mid + 1] < c {
                lo = mid + 1
            } else if ranges[2 * mid] > c {
                hi = mid
            } else {
                return true
            }
        }
        return false
    }

    var isEmpty: Bool { ranges.isEmpty }

    /// The single scalar this class holds, if it holds exactly one.
    var singleScalar: UInt32? {
        ranges.count == 2 && ranges[0] == ranges[1] ? ranges[0] : nil
    }

    func negated() -> RE2CharClass {
        var out: [UInt32] = []
        var next: UInt32 = 0
        var i = 0
        while i < ranges.count {
            if ranges[i] > next { out.append(next); out.append(ranges[i] - 1) }
            next = ranges[i + 1] &+ 1
            i += 2
        }
        if next <= RE2CharClass.maxScalar && !(ranges.last == RE2CharClass.maxScalar) {
            out.append(next); out.append(RE2CharClass.maxScalar)
        }
        return RE2CharClass(normalized: out)
    }

    /// Adds every scalar's simple case-folding orbit (Go's `(?i)`).
    func caseFolded() -> RE2CharClass {
        var builder = Builder()
        builder.add(self)
        let keys = RE2CaseFolding.keys
        var i = 0
        while i < ranges.count {
            let lo = ranges[i], hi = ranges[i + 1]
            var k = RE2CaseFolding.firstKey(atLeast: lo)
            while k < keys.count && keys[k] <= hi {
                for o in RE2CaseFolding.orbit(keys[k]) { builder.add(o, o) }
                k += 1
            }
            i += 2
        }
        return builder.build()
    }

    fileprivate init(normalized: [UInt32]) {
        ranges = normalized
        var i = 0
        while i < ranges.count {
            let lo = ranges[i], hi = min(ranges[i + 1], 127)
            if lo <= 127 {
                for c in lo...hi {
                    if c < 64 { asciiLow |= 1 << UInt64(c) } else { asciiHigh |= 1 << UInt64(c - 64) }
                }
            }
            i += 2
        }
    }

    /// Accumulates ranges in any order; `build()` sorts and merges them.
    struct Builder {
        private var pairs: [(UInt32, UInt32)] = []

        mutating func add(_ lo: UInt32, _ hi: UInt32) {
            pairs.append((lo, hi))
        }

        mutating func add(_ cls: RE2CharClass) {
            var i = 0
            while i < cls.ranges.count {
                pairs.append((cls.ranges[i], cls.ranges[i + 1]))
                i += 2
            }
        }

        func build() -> RE2CharClass {
            let sorted = pairs.sorted { $0.0 < $1.0 }
            var out: [UInt32] = []
            out.reserveCapacity(sorted.count * 2)
            for (lo, hi) in sorted {
                if let last = out.last, lo <= last &+ 1 {
                    if hi > last { out[out.count - 1] = hi }
                } else {
                    out.append(lo); out.append(hi)
                }
            }
            return RE2CharClass(normalized: out)
        }
    }
}

/// Go's simple case-folding orbits (`unicode.SimpleFold`), from the generated table.
enum RE2CaseFolding {
    /// Scalars that fold to something else, sorted, and the next scalar of each one's orbit.
    static let table: (keys: [UInt32], next: [UInt32]) = {
        var pairs: [(UInt32, UInt32)] = []
        for item in RE2UnicodeData.folds.split(whereSeparator: { $0 == "," || $0 == "\n" }) {
            let parts = item.split(separator: ":")
            guard parts.count == 2, let a = UInt32(parts[0], radix: 16), let b = UInt32(parts[1], radix: 16) else { continue }
            pairs.append((a, b))
        }
        pairs.sort { $0.0 < $1.0 }
        return (pairs.map(\.0), pairs.map(\.1))
    }()

    static var keys: [UInt32] { table.keys }

    static func firstKey(atLeast c: UInt32) -> Int {
        let keys = table.keys
        var lo = 0, hi = keys.count
        while lo < hi {
            let mid = (lo + hi) >> 1
            if keys[mid] < c { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    static func next(_ c: UInt32) -> UInt32? {
        let i = firstKey(atLeast: c)
        return i < table.keys.count && table.keys[i] == c ? table.next[i] : nil
    }

    /// The orbit of `c`, `c` included; `[c]` when it has no case variants.
    static func orbit(_ c: UInt32) -> [UInt32] {
        var out = [c]
        var x = c
        while let n = next(x), n != c, out.count < 8 {
            out.append(n)
            x = n
        }
        return out
    }
}

/// Named classes: Perl (`\d`), POSIX (`[:alpha:]`) and Unicode (`\pL`, `\p{Greek}`).
enum RE2NamedClasses {
    static let perl: [UInt32: [UInt32]] = [
        UInt32(UInt8(ascii: "d")): [0x30, 0x39],
        UInt32(UInt8(ascii: "s")): [0x09, 0x0A, 0x0C, 0x0D, 0x20, 0x20],
        UInt32(UInt8(ascii: "w")): [0x30, 0x39, 0x41, 0x5A, 0x5F, 0x5F, 0x61, 0x7A],
    ]

    static let posix: [String: [UInt32]] = [
        "alnum": [0x30, 0x39, 0x41, 0x5A, 0x61, 0x7A],
        "alpha": [0x41, 0x5A, 0x61, 0x7A],
        "ascii": [0x00, 0x7F],
        "blank": [0x09, 0x09, 0x20, 0x20],
        "cntrl": [0x00, 0x1F, 0x7F, 0x7F],
        "digit": [0x30, 0x39],
        "graph": [0x21, 0x7E],
        "lower": [0x61, 0x7A],
        "print": [0x20, 0x7E],
        "punct": [0x21, 0x2F, 0x3A, 0x40, 0x5B, 0x60, 0x7B, 0x7E],
        "space": [0x09, 0x0D, 0x20, 0x20],
        "upper": [0x41, 0x5A],
        "word": [0x30, 0x39, 0x41, 0x5A, 0x5F, 0x5F, 0x61, 0x7A],
        "xdigit": [0x30, 0x39, 0x41, 0x46, 0x61, 0x66],
    ]

    /// The encoded ranges of each of Go's `unicode.Categories` and `unicode.Scripts`, by name;
    /// a table is decoded only when a pattern names it.
    private static let encodedTables: [String: Substring] = {
        var out: [String: Substring] = [:]
        for source in [RE2UnicodeData.categories, RE2UnicodeData.scripts] {
            for entry in source.split(separator: ";") {
                let trimmed = entry.drop(while: { $0 == "\n" })
                guard let eq = trimmed.firstIndex(of: "=") else { continue }
                out[String(trimmed[..<eq])] = trimmed[trimmed.index(after: eq)...]
            }
        }
        return out
    }()

    /// Every table, decoded once on first use.
    private static let decodedTables: [String: RE2CharClass] = {
        var out: [String: RE2CharClass] = ["Any": RE2CharClass(ranges: [0, RE2CharClass.maxScalar])]
        for (name, encoded) in encodedTables { out[name] = decode(encoded) }
        return out
    }()

    /// The class for `\p{name}` (a category, a script or `Any`), or nil if Go has no such table.
    static func unicode(_ name: String) -> RE2CharClass? {
        decodedTables[name]
    }

    private static func decode(_ encoded: Substring) -> RE2CharClass {
        var builder = RE2CharClass.Builder()
        for item in encoded.split(separator: ",") {
            var stride: UInt32 = 1
            var span = item[...]
            if let colon = item.firstIndex(of: ":") {
                stride = UInt32(item[item.index(after: colon)...], radix: 16) ?? 1
                span = item[..<colon]
            }
            let bounds = span.split(separator: "-")
            guard let lo = UInt32(bounds[0], radix: 16) else { continue }
            let hi = bounds.count > 1 ? (UInt32(bounds[1], radix: 16) ?? lo) : lo
            if stride == 1 {
                builder.add(lo, hi)
            } else {
                var c = lo
                while c <= hi { builder.add(c, c); c += stride }
            }
        }
        return builder.build()
    }
}
