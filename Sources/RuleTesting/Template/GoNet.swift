/// Go's `net.SplitHostPort`, `net.JoinHostPort` and `net.ParseIP` (validity only).
enum GoNet {
    static func splitHostPort(_ hp: String) -> (String, String)? {
        let b = Array(hp.utf8)
        guard let i = b.lastIndex(of: UInt8(ascii: ":")) else { return nil }
        var host: [UInt8]
        var j = 0, k = 0
        if b.first == UInt8(ascii: "[") {
            guard let end = b.firstIndex(of: UInt8(ascii: "]")) else { return nil }
            if end + 1 == b.count { return nil }
            if end + 1 != i { return nil }
            host = Array(b[1..<end])
            j = 1
            k = end + 1
        } else {
            host = Array(b[0..<i])
            if host.contains(UInt8(ascii: ":")) { return nil }
        }
        if b[j...].contains(UInt8(ascii: "[")) { return nil }
        if b[k...].contains(UInt8(ascii: "]")) { return nil }
        return (String(decoding: host, as: UTF8.self), String(decoding: b[(i + 1)...], as: UTF8.self))
    }

    static func joinHostPort(_ host: String, _ port: String) -> String {
        host.contains(":") ? "[" + host + "]:" + port : host + ":" + port
    }

    static func isIPv4(_ s: Substring) -> Bool {
        let parts = s.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 4 else { return false }
        for p in parts {
            guard !p.isEmpty, p.count <= 3, p.allSatisfy({ $0.isASCII && $0.isNumber }) else { return false }
            if p.count > 1 && p.hasPrefix("0") { return false }
            guard let v = Int(p), v <= 255 else { return false }
        }
        return true
    }

    static func isIP(_ s: String) -> Bool {
        if isIPv4(Substring(s)) { return true }
        return isIPv6(s)
    }

    static func isIPv6(_ s: String) -> Bool {
        guard s.contains(":") else { return false }
        var text = Substring(s)
        var groups = 0
        var ellipsis = false
        if text.hasPrefix("::") {
            ellipsis = true
            text = text.dropFirst(2)
            if text.isEmpty { return true }
        }
        while !text.isEmpty {
            // A hex group of 1-4 digits, or a trailing IPv4 address.
            var n = 0
            var idx = text.startIndex
            while idx < text.endIndex, n < 5, text[idx].isHexDigit, text[idx].isASCII {
                n += 1
                idx = text.index(after: idx)
            }
            if n == 0 || n > 4 { return false }
            if idx < text.endIndex && text[idx] == "." {
                if !ellipsis && groups != 6 { return false }
                if groups + 2 > 8 { return false }
                if !isIPv4(text) { return false }
                groups += 2
                text = text[text.endIndex...]
                break
            }
            groups += 1
            text = text[idx...]
            if text.isEmpty { break }
            guard text.first == ":" else { return false }
            text = text.dropFirst()
            if text.first == ":" {
                if ellipsis { return false }
                ellipsis = true
                text = text.dropFirst()
                if text.isEmpty { break }
            } else if text.isEmpty {
                return false
            }
            if groups >= 8 { return false }
        }
        if ellipsis { return groups < 8 }
        return groups == 8
    }
}
