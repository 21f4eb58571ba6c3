import YAML

/// Renders lint findings as text, JSON or GitHub Actions annotations.
public enum LintReport {
    public enum Format: String, Sendable, CaseIterable {
        case text, json, github
    }

    /// `source`: for a stack compiled from Jsonnet, the stack file (GitHub annotations point
    /// at it, as the manifests are not files in the repository); nil for a manifest directory
    /// (then `directory` is prefixed to each finding's file).
    public static func render(_ findings: [LintFinding], format: Format, objects: Int, source: String? = nil, directory: String? = nil) -> String {
        switch format {
        case .text: return text(findings, objects: objects)
        case .json: return json(findings)
        case .github: return github(findings, source: source, directory: directory)
        }
    }

    /// `stackc lint: 2 errors, 1 warning in 60 objects`.
    public static func summary(_ findings: [LintFinding], objects: Int) -> String {
        let counts = LintSeverity.allCases.map { s in (s, findings.filter { $0.severity == s }.count) }
        let parts = counts.map { "\($0.1) \($0.0.rawValue)\($0.1 == 1 ? "" : "s")" }
        return "stackc lint: \(parts.joined(separator: ", ")) in \(objects) objects"
    }

    static func text(_ findings: [LintFinding], objects: Int) -> String {
        var s = ""
        for f in findings {
            s += "\(f.file): \(f.severity.rawValue) [\(f.rule)] \(f.object): \(f.message)\n"
            s += "    fix: \(f.fix)\n"
            if !f.field.isEmpty { s += "    in the stack at: \(f.field)\(f.location.isEmpty ? "" : " (\(f.location))")\n" }
        }
        return s
    }

    static func json(_ findings: [LintFinding]) -> String {
        JSONEmitter.emit(.array(findings.map { f in
            var o: [String: YAMLEmitValue] = ["file": .string(f.file), "fix": .string(f.fix), "message": .string(f.message),
                                              "object": .string(f.object), "rule": .string(f.rule), "severity": .string(f.severity.rawValue)]
            if !f.field.isEmpty { o["field"] = .string(f.field) }
            if !f.location.isEmpty { o["location"] = .string(f.location) }
            return .object(o)
        }))
    }

    static func github(_ findings: [LintFinding], source: String?, directory: String?) -> String {
        var s = ""
        for f in findings {
            let level = f.severity == .note ? "notice" : f.severity.rawValue
            var file = source ?? (directory.map { $0.hasSuffix("/") ? $0 + f.file : $0 + "/" + f.file } ?? f.file)
            var position = ""
            // `path:line:col` of the Jsonnet that writes the object, when known.
            let parts = f.location.split(separator: ":", omittingEmptySubsequences: false)
            if parts.count >= 3, let line = Int(parts[parts.count - 2]), let col = Int(parts[parts.count - 1]) {
                file = parts.dropLast(2).joined(separator: ":")
                position = ",line=\(line),col=\(col)"
            }
            let where_ = source == nil ? "" : " (\(f.field.isEmpty ? f.file : "field " + f.field))"
            s += "::\(level) file=\(escapeProperty(file))\(position),title=\(escapeProperty(f.rule))::\(escapeData("\(f.object)\(where_): \(f.message). Fix: \(f.fix)"))\n"
        }
        return s
    }

    static func escapeData(_ s: String) -> String {
        s.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "\r", with: "%0D").replacingOccurrences(of: "\n", with: "%0A")
    }

    static func escapeProperty(_ s: String) -> String {
        escapeData(s).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
    }
}

extension LintConfig {
    /// A config file (YAML): `disable: [id, …]` and `severity: {id: error|warning|note}`.
    public static func parse(_ text: String) throws -> LintConfig {
        let v = YAMLEmitValue(try YAML.parse(text))
        var c = LintConfig()
        guard case .object(let o) = v else {
            if case .null = v { return c }
            throw LintConfigError(message: "a lint config file is a mapping with disable and severity")
        }
        for key in o.keys where key != "disable" && key != "severity" {
            throw LintConfigError(message: "unknown field \(key) (expected disable, severity)")
        }
        for d in o["disable"]?.arrayValue ?? [] {
            guard let id = d.stringValue else { throw LintConfigError(message: "disable: expected a list of rule ids") }
            c.disabled.insert(id)
        }
        for (id, s) in o["severity"]?.objectValue ?? [:] {
            guard let name = s.stringValue, let sev = LintSeverity(rawValue: name) else {
                throw LintConfigError(message: "severity.\(id): expected error, warning or note")
            }
            c.severity[id] = sev
        }
        return c
    }
}

/// A lint config file that cannot be used.
public struct LintConfigError: Error, CustomStringConvertible {
    public let message: String
    public var description: String { message }
}
