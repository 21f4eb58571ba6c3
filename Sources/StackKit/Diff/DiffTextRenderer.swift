/// A report as text for a terminal, one line per object (`+`, `-`, `~` and its identity) and,
/// under a changed object, one line per change:
///
///     ~ Deployment.apps monitoring/grafana
///         spec.replicas: 2 → 3
///         metadata.labels.team: + "sre"
///     ~ PrometheusRule.monitoring.coreos.com monitoring/node-rules
///         ~ group node-exporter
///             + alert KubePodCrashLooping
///             ~ alert NodeDiskFull: for "5m" → "10m"
///
///     0 added, 0 removed, 2 changed, 57 unchanged
public enum DiffTextRenderer {
    static let indent = "    "

    public static func render(_ report: DiffReport) -> String {
        var lines: [String] = []
        for entry in report.entries {
            lines.append(entry.kind.marker + " " + entry.identity.description)
            lines += body(entry, indent: indent)
        }
        for notice in report.notices { lines.append("note: " + notice) }
        if !lines.isEmpty { lines.append("") }
        lines.append(report.summary)
        return lines.joined(separator: "\n") + "\n"
    }

    /// The lines under one object's header.
    static func body(_ entry: DiffReport.Entry, indent: String) -> [String] {
        entry.changes.flatMap { lines($0, indent: indent) }
    }

    /// The lines of one change, nested changes indented further.
    static func lines(_ c: DiffChange, indent: String) -> [String] {
        let subject = c.subject.isEmpty ? "(value)" : c.subject
        guard c.isItem else {
            if !c.lines.isEmpty { return [indent + subject + ":"] + c.lines.map { indent + DiffTextRenderer.indent + $0 } }
            return [indent + subject + ": " + valueChange(c)]
        }
        var head = indent + c.kind.marker + " " + subject
        let inner = indent + DiffTextRenderer.indent
        if c.redacted {
            if c.kind == .changed { head += " (content changed)" }
            return [head]
        }
        switch c.kind {
        case .added, .removed:
            if let v = DiffValueText.inline(c.kind == .added ? c.new : c.old) { head += ": " + v }
            return [head] + c.children.flatMap { lines($0, indent: inner) }
        case .changed:
            if c.children.count == 1, let only = c.children.first, !only.isItem, only.lines.isEmpty {
                return [head + ": " + only.subject + " " + valueChange(only)]
            }
            if !c.children.isEmpty { return [head] + c.children.flatMap { lines($0, indent: inner) } }
            if !c.lines.isEmpty { return [head + ":"] + c.lines.map { inner + $0 } }
            return [head + ": " + valueChange(c)]
        }
    }

    /// `+ new`, `- old`, `old → new`, or `(content changed)` for a redacted value.
    static func valueChange(_ c: DiffChange) -> String {
        if c.redacted { return "(content changed)" }
        switch c.kind {
        case .added: return "+ " + DiffValueText.short(c.new ?? .null)
        case .removed: return "- " + DiffValueText.short(c.old ?? .null)
        case .changed: return DiffValueText.short(c.old ?? .null) + " → " + DiffValueText.short(c.new ?? .null)
        }
    }
}
