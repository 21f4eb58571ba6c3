/// Whether a string written as a plain scalar would be read back by go-yaml v2 as something
/// other than a string (YAML 1.1: null, booleans such as `yes`/`on`/`y`, ints in any base,
/// floats, timestamps, sexagesimal numbers). Such strings are emitted
/// double-quoted.
enum YAMLEmitResolver {
    private static let special: Set<String> = [
        "", "~", "null", "Null", "NULL",
        "y", "Y", "yes", "Yes", "YES", "true", "True", "TRUE", "on", "On", "ON",
        "n", "N", "no", "No", "NO", "false", "False", "FALSE", "off", "Off", "OFF",
        ".nan", ".NaN", ".NAN", ".inf", ".Inf", ".INF",
        "+.inf", "+.Inf", "+.INF", "-.inf", "-.Inf", "-.INF",
    ]

    static func needsQuotes(_ s: String) -> Bool {
        if special.contains(s) { return true }
        let b = Array(s.utf8)
        guard let first = b.first else { return true }
        if first == UInt8(ascii: ".") { return isDotFloat(b) }
        let isDigit = first >= 0x30 && first <= 0x39
        guard isDigit || first == UInt8(ascii: "+") || first == UInt8(ascii: "-") else { return false }
        let plain = b.filter { $0 != UInt8(ascii: "_") }
        if parsesAsGoInt(plain) || isYAMLFloat(plain) { return true }
        if plain.starts(with: Array("0b".utf8)) && parsesInBase(plain[2...], base: 2, allowSign: true) { return true }
        if plain.starts(with: Array("-0b".utf8)) && parsesInBase(plain[3...], base: 2, allowSign: true) { return true }
        if isDigit && isTimestamp(b) { return true }
        return isBase60Float(b)
    }

    // MARK: numbers

    /// Go `ParseInt(s, 0, 64)` or `ParseUint(s, 0, 64)` succeeds.
    static func parsesAsGoInt(_ s: [UInt8]) -> Bool {
        var i = 0
        var sign: UInt8? = nil
        if let c = s.first, c == UInt8(ascii: "+") || c == UInt8(ascii: "-") { sign = c; i = 1 }
        let rest = s[i...]
        var base = 10
        var digits = rest
        if rest.count >= 2 && rest.first == UInt8(ascii: "0") {
            let p = rest[rest.startIndex + 1] | 0x20
            if p == UInt8(ascii: "x") { base = 16; digits = rest.dropFirst(2) }
            else if p == UInt8(ascii: "b") { base = 2; digits = rest.dropFirst(2) }
            else if p == UInt8(ascii: "o") { base = 8; digits = rest.dropFirst(2) }
            else { base = 8; digits = rest.dropFirst(1) }
        }
        guard let mag = magnitude(digits, base: base) else { return false }
        switch sign {
        case nil: return true  // fits uint64
        case UInt8(ascii: "+"): return mag <= UInt64(Int64.max)
        default: return mag <= UInt64(Int64.max) + 1
        }
    }

    /// Go `ParseInt(s, base, 64)` succeeds (sign allowed).
    static func parsesInBase(_ s: ArraySlice<UInt8>, base: Int, allowSign: Bool) -> Bool {
        var d = s
        var neg = false
        if allowSign, let c = d.first, c == UInt8(ascii: "+") || c == UInt8(ascii: "-") {
            neg = c == UInt8(ascii: "-"); d = d.dropFirst()
        }
        guard let mag = magnitude(d, base: base) else { return false }
        return mag <= UInt64(Int64.max) + (neg ? 1 : 0)
    }

    /// The value of a non-empty run of digits in `base`, nil if empty, invalid or above uint64.
    static func magnitude(_ d: ArraySlice<UInt8>, base: Int) -> UInt64? {
        if d.isEmpty { return nil }
        var v: UInt64 = 0
        for c in d {
            let x: Int
            switch c {
            case 0x30...0x39: x = Int(c - 0x30)
            case 0x61...0x66: x = Int(c - 0x61 + 10)
            case 0x41...0x46: x = Int(c - 0x41 + 10)
            default: return nil
            }
            if x >= base { return nil }
            let (m, o1) = v.multipliedReportingOverflow(by: UInt64(base))
            let (a, o2) = m.addingReportingOverflow(UInt64(x))
            if o1 || o2 { return nil }
            v = a
        }
        return v
    }

    /// `^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$` and finite as a float64.
    static func isYAMLFloat(_ s: [UInt8]) -> Bool {
        var i = 0
        let n = s.count
        func digits() -> Int { let st = i; while i < n && s[i] >= 0x30 && s[i] <= 0x39 { i += 1 }; return i - st }
        if i < n && (s[i] == UInt8(ascii: "+") || s[i] == UInt8(ascii: "-")) { i += 1 }
        if i < n && s[i] == UInt8(ascii: ".") {
            i += 1
            if digits() == 0 { return false }
        } else {
            if digits() == 0 { return false }
            if i < n && s[i] == UInt8(ascii: ".") { i += 1; _ = digits() }
        }
        if i < n && (s[i] | 0x20) == UInt8(ascii: "e") {
            i += 1
            if i < n && (s[i] == UInt8(ascii: "+") || s[i] == UInt8(ascii: "-")) { i += 1 }
            if digits() == 0 { return false }
        }
        return i == n && isFinite(s)
    }

    /// A string starting with "." that Go's ParseFloat accepts: `.5`, `.5e3`.
    static func isDotFloat(_ s: [UInt8]) -> Bool {
        var i = 1
        let n = s.count
        let st = i
        while i < n && s[i] >= 0x30 && s[i] <= 0x39 { i += 1 }
        if i == st { return false }
        if i < n && (s[i] | 0x20) == UInt8(ascii: "e") {
            i += 1
            if i < n && (s[i] == UInt8(ascii: "+") || s[i] == UInt8(ascii: "-")) { i += 1 }
            let es = i
            while i < n && s[i] >= 0x30 && s[i] <= 0x39 { i += 1 }
            if i == es { return false }
        }
        return i == n && isFinite(s)
    }

    private static func isFinite(_ s: [UInt8]) -> Bool {
        guard let d = Double(String(decoding: s, as: UTF8.self)) else { return true }
        return d.isFinite
    }

    /// Sexagesimal float: `^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?$` (e.g. `1:20`).
    static func isBase60Float(_ s: [UInt8]) -> Bool {
        var i = 0
        let n = s.count
        func isD(_ c: UInt8) -> Bool { c >= 0x30 && c <= 0x39 }
        if i < n && (s[i] == UInt8(ascii: "+") || s[i] == UInt8(ascii: "-")) { i += 1 }
        guard i < n && isD(s[i]) else { return false }
        i += 1
        while i < n && (isD(s[i]) || s[i] == UInt8(ascii: "_")) { i += 1 }
        var groups = 0
        while i < n && s[i] == UInt8(ascii: ":") {
            i += 1
            // [0-5]?[0-9]
            if i + 1 < n && s[i] >= 0x30 && s[i] <= 0x35 && isD(s[i + 1]) { i += 2 }
            else if i < n && isD(s[i]) { i += 1 }
            else { return false }
            groups += 1
        }
        if groups == 0 { return false }
        if i < n && s[i] == UInt8(ascii: ".") {
            i += 1
            while i < n && (isD(s[i]) || s[i] == UInt8(ascii: "_")) { i += 1 }
        }
        return i == n
    }

    // MARK: timestamps

    /// `2006-1-2`, `2006-1-2T15:4:5[.frac](Z|±hh:mm)` (`t` too), `2006-1-2 15:4:5[.frac]`,
    /// with Go's range checks (month, day within month, hour, minute, second).
    static func isTimestamp(_ s: [UInt8]) -> Bool {
        var i = 0
        let n = s.count
        func isD(_ k: Int) -> Bool { k < n && s[k] >= 0x30 && s[k] <= 0x39 }
        func num(maxDigits: Int) -> Int? {
            guard isD(i) else { return nil }
            var v = 0
            var k = 0
            while k < maxDigits && isD(i) { v = v * 10 + Int(s[i] - 0x30); i += 1; k += 1 }
            return v
        }
        func lit(_ c: Character) -> Bool {
            if i < n && s[i] == c.asciiValue! { i += 1; return true }
            return false
        }
        guard n >= 4, (0..<4).allSatisfy({ isD($0) }), !isD(4) else { return false }
        let year = Int(String(decoding: s[0..<4], as: UTF8.self))!
        i = 4
        guard lit("-"), let month = num(maxDigits: 2), lit("-"), let day = num(maxDigits: 2) else { return false }
        guard (1...12).contains(month), day >= 1, day <= daysIn(month, year) else { return false }
        if i == n { return true }
        let sep = s[i]
        guard sep == UInt8(ascii: "T") || sep == UInt8(ascii: "t") || sep == UInt8(ascii: " ") else { return false }
        i += 1
        guard let h = num(maxDigits: 2), lit(":"), let m = num(maxDigits: 2), lit(":"), let sec = num(maxDigits: 2),
              h < 24, m < 60, sec < 60 else { return false }
        if i < n && (s[i] == UInt8(ascii: ".") || s[i] == UInt8(ascii: ",")) && isD(i + 1) {
            i += 1
            while isD(i) { i += 1 }
        }
        if sep == UInt8(ascii: " ") { return i == n }
        if lit("Z") { return i == n }
        guard i < n, s[i] == UInt8(ascii: "+") || s[i] == UInt8(ascii: "-") else { return false }
        i += 1
        guard isD(i), isD(i + 1) else { return false }
        i += 2
        guard lit(":"), isD(i), isD(i + 1) else { return false }
        i += 2
        return i == n
    }

    private static func daysIn(_ month: Int, _ year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}
