/// JUnit XML for CI systems: one `<testsuite>` per test file, one `<testcase>` per test group,
/// failures as `<failure>` elements holding promtool's text.
public enum JUnitReport {
    public static func xml(_ reports: [TestFileReport]) -> String {
        var s = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        let total = reports.reduce(0) { $0 + max($1.groups.count, 1) }
        let failed = reports.reduce(0) { $0 + ($1.fileErrors.isEmpty ? $1.groups.filter { !$0.failures.isEmpty }.count : 1) }
        s += "<testsuites tests=\"\(total)\" failures=\"\(failed)\">\n"
        for r in reports {
            let groups = r.groups.isEmpty ? [TestGroupReport(name: "", failures: r.fileErrors)] : r.groups
            let failures = r.fileErrors.isEmpty ? groups.filter { !$0.failures.isEmpty }.count : groups.count
            s += "  <testsuite name=\"\(escape(r.path))\" tests=\"\(groups.count)\" failures=\"\(failures)\">\n"
            for (i, g) in groups.enumerated() {
                let name = g.name.isEmpty ? "group \(i + 1)" : g.name
                let messages = r.fileErrors.isEmpty ? g.failures : r.fileErrors
                if messages.isEmpty {
                    s += "    <testcase name=\"\(escape(name))\" classname=\"\(escape(r.path))\"/>\n"
                } else {
                    s += "    <testcase name=\"\(escape(name))\" classname=\"\(escape(r.path))\">\n"
                    s += "      <failure message=\"\(messages.count) failure\(messages.count == 1 ? "" : "s")\">"
                    s += escape(messages.joined(separator: "\n\n")) + "</failure>\n"
                    s += "    </testcase>\n"
                }
            }
            s += "  </testsuite>\n"
        }
        return s + "</testsuites>\n"
    }

    static func escape(_ s: String) -> String {
        var out = ""
        for c in s.unicodeScalars {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "\n", "\t", "\r": out.unicodeScalars.append(c)
            default:
                // XML 1.0 has no representation for other control characters.
                if c.value < 0x20 { out += "\u{FFFD}" } else { out.unicodeScalars.append(c) }
            }
        }
        return out
    }
}
