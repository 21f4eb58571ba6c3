import PromQL
import YAML

/// One Prometheus-operator `RelabelConfig` (camelCase fields) as read from an object, with what
/// Prometheus makes of it: the action in lower case, the regex compiled as Prometheus compiles
/// it (`^(?s:regex)$`), and the defaults applied.
struct RelabelStep {
    /// Where the config sits: `spec.endpoints[0].metricRelabelings[2]`.
    var path: String
    /// The action in lower case (`replace` when absent), or `nil` when it is not an action.
    var action: String?
    /// The action as written.
    var actionText: String
    /// `sourceLabels`, `nil` when absent.
    var sourceLabels: [String]?
    var separator: String
    var separatorSet: Bool
    /// The regex as written; `nil` when absent or empty (Prometheus' default `(.*)` applies).
    var regexText: String?
    /// The compiled regex; `nil` when it does not compile.
    var regex: RE2Regex?
    var regexError: String?
    var modulus: Double?
    var targetLabel: String?
    /// `replacement` as written; `nil` when absent (Prometheus' default `$1` applies).
    var replacementText: String?
    /// Problems with field types (a regex that is a number, …), worded for a finding.
    var typeErrors: [String] = []

    var replacement: String { replacementText ?? "$1" }
    var regexIsDefault: Bool { regexText == nil || regexText == "(.*)" }

    static let actions = ["replace", "keep", "drop", "hashmod", "labelmap", "labeldrop", "labelkeep",
                          "lowercase", "uppercase", "keepequal", "dropequal"]
    /// The spellings the CRDs' enum accepts besides the lower-case ones.
    static let titleCase = ["Replace", "Keep", "Drop", "HashMod", "LabelMap", "LabelDrop", "LabelKeep",
                            "Lowercase", "Uppercase", "KeepEqual", "DropEqual"]

    /// Reads the config at `path`; `nil` when it is not an object.
    init?(_ v: YAMLEmitValue, path: String) {
        guard let o = v.objectValue else { return nil }
        var errors: [String] = []
        func string(_ key: String) -> String? {
            guard let f = o[key], f != .null else { return nil }
            if let s = f.stringValue { return s }
            errors.append("\(key) must be a string")
            return nil
        }
        var actionText = ""
        var lower: String? = "replace"
        if let a = o["action"], a != .null {
            if let t = a.stringValue {
                actionText = t
                if !t.isEmpty { lower = t.lowercased() }
            } else {
                actionText = a.numberValue.map(formatPromQLNumber) ?? "(not a string)"
                lower = nil
            }
        }
        var sourceLabels: [String]?
        if let sl = o["sourceLabels"], sl != .null {
            if case .array(let items) = sl {
                let names = items.compactMap(\.stringValue)
                if names.count != items.count { errors.append("sourceLabels must be a list of strings") }
                sourceLabels = names
            } else {
                errors.append("sourceLabels must be a list of label names")
            }
        }
        let sep = string("separator")
        var modulus: Double?
        if let m = o["modulus"], m != .null {
            if let d = m.numberValue { modulus = d } else { errors.append("modulus must be a number") }
        }
        let regexText = string("regex").flatMap { $0.isEmpty ? nil : $0 }
        var regex: RE2Regex?
        var regexError: String?
        do throws(RE2Error) {
            regex = try RE2Regex("^(?s:" + (regexText ?? "(.*)") + ")$")
        } catch {
            regexError = error.message
        }
        self.path = path
        self.actionText = actionText
        self.action = lower.flatMap { RelabelStep.actions.contains($0) ? $0 : nil }
        self.sourceLabels = sourceLabels
        self.separatorSet = sep != nil && sep != "" && sep != ";"
        self.separator = sep.flatMap { $0.isEmpty ? nil : $0 } ?? ";"
        self.regexText = regexText
        self.regex = regex
        self.regexError = regexError
        self.modulus = modulus
        self.targetLabel = string("targetLabel").flatMap { $0.isEmpty ? nil : $0 }
        self.replacementText = string("replacement")
        self.typeErrors = errors
    }

    /// `action: keep`, `sourceLabels: [a, b]`, `regex: x` in one line, for messages.
    var summary: String {
        var parts = ["action \(action ?? actionText)"]
        if let s = sourceLabels { parts.append("sourceLabels [\(s.joined(separator: ", "))]") }
        if let r = regexText { parts.append("regex \(goQuote(r))") }
        if let t = targetLabel { parts.append("targetLabel \(t)") }
        return parts.joined(separator: ", ")
    }
}


/// What is wrong with one relabel config by itself (Prometheus' and the operator's validation,
/// and the label names a labelmap can produce).
enum RelabelValidation {
    /// Prometheus' `relabelTarget`: label names with `$1`/`${name}` references.
    static let relabelTarget: RE2Regex? = try? RE2Regex(#"^(?:(?:[a-zA-Z_]|\$(?:\{\w+\}|\w+))+\w*)+$"#)

    struct Issue {
        var rule: LintRule
        var message: String
        var fix: String
    }

    static func issues(_ s: RelabelStep) -> [Issue] {
        var out: [Issue] = []
        let at = s.path
        for e in s.typeErrors {
            out.append(Issue(rule: RelabelCheck.invalidField, message: "\(at): \(e)",
                             fix: "Write the field with the type the RelabelConfig CRD declares."))
        }
        guard let action = s.action else {
            out.append(Issue(rule: RelabelCheck.invalidAction,
                             message: "\(at): \(goQuote(s.actionText)) is not a relabel action",
                             fix: "Use one of \(RelabelStep.actions.joined(separator: ", ")) (or its CRD spelling such as HashMod)."))
            return out + regexIssues(s)
        }
        if !s.actionText.isEmpty, s.actionText != action, !RelabelStep.titleCase.contains(s.actionText) {
            let title = RelabelStep.titleCase.first { $0.lowercased() == action } ?? action
            out.append(Issue(rule: RelabelCheck.invalidAction,
                             message: "\(at): action \(goQuote(s.actionText)) is not a spelling the CRD accepts (its enum lists \(action) and \(title))",
                             fix: "Write `action: \(action)`."))
        }
        out += regexIssues(s)
        out += missingFields(s, action)
        out += invalidFields(s, action)
        if action == "labelmap" { out += labelmapIssues(s) }
        return out
    }

    static func regexIssues(_ s: RelabelStep) -> [Issue] {
        guard let err = s.regexError else { return [] }
        return [Issue(rule: RelabelCheck.invalidRegex,
                      message: "\(s.path): invalid regex \(s.regexText ?? "") for relabel configuration: \(err)",
                      fix: "Write the regex in RE2 syntax (Prometheus anchors it as ^(?s:regex)$; no lookarounds or backreferences).")]
    }

    static func missingFields(_ s: RelabelStep, _ action: String) -> [Issue] {
        var out: [Issue] = []
        if action == "hashmod", (s.modulus ?? 0) == 0 {
            out.append(Issue(rule: RelabelCheck.missingField,
                             message: "\(s.path): relabel configuration for hashmod requires non-zero modulus",
                             fix: "Set `modulus` to the number of shards (an integer >= 1)."))
        }
        let needsTarget = ["replace", "hashmod", "lowercase", "uppercase", "keepequal", "dropequal"]
        if needsTarget.contains(action), s.targetLabel == nil {
            out.append(Issue(rule: RelabelCheck.missingField,
                             message: "\(s.path): relabel configuration for \(action) action needs targetLabel value",
                             fix: "Set `targetLabel` to the label the \(action) action writes\(action.hasSuffix("equal") ? " (compares against)" : "")."))
        }
        let needsSource = ["keep", "drop", "hashmod", "lowercase", "uppercase", "keepequal", "dropequal"]
        if needsSource.contains(action), (s.sourceLabels ?? []).isEmpty {
            out.append(Issue(rule: RelabelCheck.missingField,
                             message: "\(s.path): \(action) action has no sourceLabels, so it acts on the empty string for every \(action == "keep" || action == "drop" ? "target or series" : "input")",
                             fix: "Set `sourceLabels` to the labels whose values the \(action) action should use."))
        }
        return out
    }

    static func invalidFields(_ s: RelabelStep, _ action: String) -> [Issue] {
        var out: [Issue] = []
        func add(_ message: String, _ fix: String) {
            out.append(Issue(rule: RelabelCheck.invalidField, message: "\(s.path): \(message)", fix: fix))
        }
        for l in s.sourceLabels ?? [] where !LintSelectors.isValidLabelName(l) {
            add("sourceLabels entry \(goQuote(l)) is not a label name", "Label names match [a-zA-Z_][a-zA-Z0-9_]*; the CRD rejects others.")
        }
        if let m = s.modulus, m != 0, m < 1 || m != m.rounded() || m > 1.8e19 {
            add("modulus \(formatPromQLNumber(m)) is not a positive integer", "Set `modulus` to an integer >= 1.")
        }
        if let t = s.targetLabel {
            let templated = action == "replace"
            let ok = templated ? (relabelTarget?.matches(t) ?? true) : LintSelectors.isValidLabelName(t)
            if ["replace", "hashmod", "lowercase", "uppercase", "keepequal", "dropequal"].contains(action), !ok {
                add("\(goQuote(t)) is invalid 'target_label' for \(action) action",
                    templated ? "Use a label name, optionally with $1 or ${name} references to regex groups."
                              : "Use a label name matching [a-zA-Z_][a-zA-Z0-9_]*.")
            }
        }
        let replacementSet = s.replacementText != nil && s.replacementText != "$1" && s.replacementText != ""
        if ["lowercase", "uppercase", "keepequal", "dropequal"].contains(action), replacementSet {
            add("'replacement' can not be set for \(action) action", "Remove `replacement`.")
        } else if action == "keepequal" || action == "dropequal",
                  !s.regexIsDefault || (s.modulus ?? 0) != 0 || s.separatorSet || replacementSet {
            add("\(action) action requires only 'source_labels' and `target_label`, and no other fields",
                "Remove regex, separator, modulus and replacement.")
        }
        if action == "labeldrop" || action == "labelkeep" {
            if !(s.sourceLabels ?? []).isEmpty || s.targetLabel != nil || (s.modulus ?? 0) != 0 || s.separatorSet || replacementSet {
                add("\(action) action requires only 'regex', and no other fields",
                    "Remove sourceLabels, targetLabel, separator, modulus and replacement; \(action) matches label names with `regex`.")
            }
        }
        return out
    }

    /// A labelmap replacement must expand to a label name: Prometheus checks its syntax; a
    /// reference to a group the regex lacks (Go reads `$1_x` as the group named `1_x`) expands
    /// to nothing.
    static func labelmapIssues(_ s: RelabelStep) -> [Issue] {
        let r = s.replacement
        func issue(_ m: String, _ fix: String) -> [Issue] {
            [Issue(rule: RelabelCheck.labelmapInvalidName, message: "\(s.path): labelmap replacement \(goQuote(r)) \(m)", fix: fix)]
        }
        if let rt = relabelTarget, !rt.matches(r) {
            let why: String
            if r.isEmpty {
                why = "is empty"
            } else if let first = r.unicodeScalars.first, first.value >= 48, first.value <= 57 {
                why = "starts with a digit"
            } else {
                why = "is not a label name (only letters, digits, _ and $1 or ${name} references are allowed)"
            }
            return issue(why + "; Prometheus rejects it as invalid 'replacement' for labelmap action",
                         "Make the replacement a label name such as `$1` or `prefix_${1}`, e.g. replace `-` and `.` with `_`.")
        }
        guard let re = s.regex else { return [] }
        let refs = GoTemplateRefs.references(in: r)
        let missing = refs.filter { !GoTemplateRefs.exists($0, in: re) }
        if let m = missing.first {
            let hint = m.first.map { $0.isNumber } == true && m.count > 1
                ? " (Go reads `$\(m)` as one group name; write `${\(m.prefix { $0.isNumber })}\(m.drop { $0.isNumber })`)" : ""
            return issue("refers to group \(goQuote(m)), which regex \(goQuote(s.regexText ?? "(.*)")) does not have\(hint), so that part expands to nothing",
                         "Refer to an existing group, with braces when a name character follows: `${1}_total`.")
        }
        // With every group set to a plain name, what remains must be a label name.
        let sample = "a"
        let whole = sample.startIndex..<sample.endIndex
        let expanded = re.expand(r, match: Array(repeating: whole, count: re.groupCount + 1), in: sample)
        if !LintSelectors.isValidLabelName(expanded) {
            return issue("expands to \(goQuote(expanded)), which is not a label name",
                         "Make the literal parts of the replacement letters, digits and _, not starting with a digit.")
        }
        return []
    }
}

/// The group references of a Go `Regexp.Expand` template: `$name`, `${name}`; `$$` is a `$`.
enum GoTemplateRefs {
    static func references(in template: String) -> [String] {
        var out: [String] = []
        let t = Array(template.unicodeScalars)
        var i = 0
        while i < t.count {
            guard t[i] == "$", i + 1 < t.count else { i += 1; continue }
            if t[i + 1] == "$" { i += 2; continue }
            var j = i + 1
            let brace = t[j] == "{"
            if brace { j += 1 }
            let start = j
            while j < t.count, isNameScalar(t[j]) { j += 1 }
            if j > start, !brace || (j < t.count && t[j] == "}") {
                var name = String.UnicodeScalarView()
                name.append(contentsOf: t[start..<j])
                out.append(String(name))
                i = brace ? j + 1 : j
            } else {
                i += 1
            }
        }
        return out
    }

    static func isNameScalar(_ s: Unicode.Scalar) -> Bool {
        if s == "_" { return true }
        switch s.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter, .decimalNumber: return true
        default: return false
        }
    }

    /// Whether `name` names a group of `re`: a number up to its group count (no leading zero),
    /// or a `(?P<name>…)`.
    static func exists(_ name: String, in re: RE2Regex) -> Bool {
        if name.unicodeScalars.allSatisfy({ $0.value >= 48 && $0.value <= 57 }) {
            if name.count > 1 && name.hasPrefix("0") { return re.groupNames.contains(name) }
            guard name.count < 9, let n = Int(name) else { return false }
            return n <= re.groupCount
        }
        return re.groupNames.contains(name)
    }
}
