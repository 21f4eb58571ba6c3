/// The shortest round-trip decimal digits of a number, read off Swift's own shortest printing
/// (its `description`): value = 0.d1d2… × 10^point, leading and trailing zeros stripped; zero
/// gives the single digit `0` with point 1. Shared by the YAML emitter and the Jsonnet number
/// formats.
public enum ShortestDigits {
    public static func of(description s: String) -> (digits: [UInt8], point: Int) {
        var mantissa = Substring(s)
        var exp = 0
        if let e = s.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            mantissa = s[s.startIndex..<e]
            exp = Int(s[s.index(after: e)...]) ?? 0
        }
        var digits: [UInt8] = []
        var point = 0
        var seenPoint = false
        for c in mantissa.utf8 {
            if c == UInt8(ascii: ".") { seenPoint = true; continue }
            digits.append(c)
            if !seenPoint { point += 1 }
        }
        while digits.count > 1 && digits.first == UInt8(ascii: "0") {
            digits.removeFirst()
            point -= 1
        }
        while digits.count > 1 && digits.last == UInt8(ascii: "0") { digits.removeLast() }
        if digits == [UInt8(ascii: "0")] { return (digits, 1) }
        return (digits, point + exp)
    }
}
