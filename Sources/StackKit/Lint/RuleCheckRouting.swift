import Foundation
import PromQL
import YAML

/// An Alertmanager configuration of the stack (from the `alertmanager.yaml` key of its config
/// Secret), reduced to what routing an alert needs: the route tree and which receivers notify.
struct AlertRoutingConfig {
    /// `Secret monitoring/alertmanager-main`.
    var source: String
    var root: AlertRoute
    /// Receiver name → whether it has a non-empty `*_configs` list.
    var notifies: [String: Bool]

    /// The Alertmanager configurations: the config Secret (`spec.configSecret`, else
    /// `alertmanager-<name>`) of each Alertmanager, or, when the stack has no Alertmanager
    /// object, every Secret named `alertmanager-…` holding an `alertmanager.yaml`.
    /// Alertmanagers that also merge AlertmanagerConfig objects of the stack are left out.
    static func all(in context: LintContext) -> [AlertRoutingConfig] {
        let secrets = context.objects(kind: "Secret", group: "")
        let managers = context.objects(kind: "Alertmanager", group: "monitoring.coreos.com")
        let hasAMConfigs = !context.objects(kind: "AlertmanagerConfig", group: "monitoring.coreos.com").isEmpty
        var chosen: [KubeObject] = []
        if managers.isEmpty {
            chosen = secrets.filter { $0.name.hasPrefix("alertmanager-") }
        } else {
            for am in managers {
                if hasAMConfigs, let sel = am["spec", "alertmanagerConfigSelector"], sel != .null { continue }
                let name = am["spec", "configSecret"]?.stringValue.flatMap { $0.isEmpty ? nil : $0 } ?? "alertmanager-\(am.name)"
                let ns = context.namespace(of: am)
                if let s = secrets.first(where: { $0.name == name && context.namespace(of: $0) == ns }) { chosen.append(s) }
            }
        }
        return chosen.compactMap { s in
            guard let text = configText(s), let v = try? YAML.parse(text) else { return nil }
            return AlertRoutingConfig(YAMLEmitValue(v), source: "Secret \(context.namespace(of: s))/\(s.name)")
        }
    }

    /// `stringData` wins over base64 `data`, as the API server merges them.
    static func configText(_ secret: KubeObject) -> String? {
        if let s = secret["stringData", "alertmanager.yaml"]?.stringValue { return s }
        guard let b64 = secret["data", "alertmanager.yaml"]?.stringValue,
              let data = Data(base64Encoded: b64, options: .ignoreUnknownCharacters) else { return nil }
        return String(data: data, encoding: .utf8)
    }

    init?(_ config: YAMLEmitValue, source: String) {
        guard let route = config.at(["route"]), route.objectValue != nil else { return nil }
        self.source = source
        self.root = AlertRoute(route)
        var notifies: [String: Bool] = [:]
        for r in config.at(["receivers"])?.arrayValue ?? [] {
            guard let o = r.objectValue, let name = o["name"]?.stringValue else { continue }
            notifies[name] = o.contains { $0.key.hasSuffix("_configs") && !$0.value.arrayValue.isEmpty }
        }
        self.notifies = notifies
    }

    /// Where an alert can end: receivers and whether a route with matchers chose them on
    /// purpose (a `null` receiver for `alertname = Watchdog`), as opposed to a catch-all.
    func outcomes(_ labels: [String: String?]) -> [(receiver: String, deliberate: Bool)] {
        root.outcomes(labels, receiver: root.receiver ?? "", deliberate: false, isRoot: true)
    }
}

/// Whether a matcher holds: yes, no, or cannot tell (the label comes from the series).
enum AlertMatch {
    case yes, no, maybe
}

/// One node of an Alertmanager route tree.
struct AlertRoute {
    var receiver: String?
    var matchers: [AlertMatcher] = []
    /// A matcher that could not be read: the route's match is unknown.
    var malformed = false
    var `continue` = false
    var routes: [AlertRoute] = []

    init(_ v: YAMLEmitValue) {
        receiver = v.at(["receiver"])?.stringValue
        if case .bool(let b)? = v.at(["continue"]) { `continue` = b }
        for (k, val) in v.at(["match"])?.stringMap ?? [:] {
            matchers.append(AlertMatcher(name: k, type: .equal, value: val))
        }
        for (k, val) in v.at(["match_re"])?.stringMap ?? [:] {
            matchers.append(AlertMatcher(name: k, type: .regexMatch, value: val))
        }
        for m in v.at(["matchers"])?.arrayValue ?? [] {
            guard let s = m.stringValue, let parsed = AlertMatcher.parseList(s) else { malformed = true; continue }
            matchers += parsed
        }
        if matchers.contains(where: { $0.type == .regexMatch || $0.type == .regexNoMatch ? $0.regex == nil : false }) {
            malformed = true
        }
        routes = (v.at(["routes"])?.arrayValue ?? []).filter { $0.objectValue != nil }.map(AlertRoute.init)
    }

    func match(_ labels: [String: String?]) -> AlertMatch {
        if malformed { return .maybe }
        var result = AlertMatch.yes
        for m in matchers {
            switch m.match(labels) {
            case .no: return .no
            case .maybe: result = .maybe
            case .yes: continue
            }
        }
        return result
    }

    func outcomes(_ labels: [String: String?], receiver inherited: String, deliberate inheritedDeliberate: Bool,
                  isRoot: Bool = false) -> [(receiver: String, deliberate: Bool)] {
        let recv = receiver ?? inherited
        let deliberate = receiver != nil ? (!isRoot && !matchers.isEmpty) : inheritedDeliberate
        var out: [(receiver: String, deliberate: Bool)] = []
        var certain = false
        for child in routes {
            let m = child.match(labels)
            if m == .no { continue }
            out += child.outcomes(labels, receiver: recv, deliberate: deliberate)
            if m == .yes {
                certain = true
                if !child.continue { break }
            }
        }
        if !certain { out.append((recv, deliberate)) }
        return out
    }
}

/// An Alertmanager label matcher (`severity = critical`, `team=~"a|b"`).
struct AlertMatcher {
    var name: String
    var type: PromQLMatchType
    var value: String
    /// The anchored regex of `=~`/`!~`; `nil` when it does not compile.
    var regex: RE2Regex?

    init(name: String, type: PromQLMatchType, value: String) {
        self.name = name
        self.type = type
        self.value = value
        if type == .regexMatch || type == .regexNoMatch { regex = try? RE2Regex.anchored(value) }
    }

    /// Matches against known labels (`nil` value: set from a template) — an absent label is
    /// unknown too, since the alert also carries the labels of its series.
    func match(_ labels: [String: String?]) -> AlertMatch {
        guard let entry = labels[name], let v = entry else { return .maybe }
        let hit: Bool
        switch type {
        case .equal: hit = v == value
        case .notEqual: hit = v != value
        case .regexMatch: hit = regex?.matches(v) ?? false
        case .regexNoMatch: hit = !(regex?.matches(v) ?? true)
        }
        return hit ? .yes : .no
    }

    /// One `matchers` entry: one or more comma-separated matchers, optionally in braces, with
    /// plain or double-quoted values. `nil` when it cannot be read.
    static func parseList(_ text: String) -> [AlertMatcher]? {
        var s = Substring(text.trimmingCharacters(in: .whitespaces))
        if s.hasPrefix("{") && s.hasSuffix("}") { s = s.dropFirst().dropLast() }
        var parts: [String] = []
        var cur = ""
        var inQuote = false
        var escaped = false
        for c in s {
            if escaped { cur.append(c); escaped = false; continue }
            if c == "\\" && inQuote { cur.append(c); escaped = true; continue }
            if c == "\"" { inQuote.toggle() }
            if c == "," && !inQuote { parts.append(cur); cur = ""; continue }
            cur.append(c)
        }
        parts.append(cur)
        var out: [AlertMatcher] = []
        for p in parts {
            let t = p.trimmingCharacters(in: .whitespaces)
            if t.isEmpty { continue }
            guard let m = parseOne(t) else { return nil }
            out.append(m)
        }
        return out.isEmpty ? nil : out
    }

    static func parseOne(_ t: String) -> AlertMatcher? {
        let name = String(t.unicodeScalars.prefix { LintSelectors.isWordScalar($0) || $0 == ":" })
        guard !name.isEmpty else { return nil }
        var rest = t.dropFirst(name.count).drop { $0 == " " || $0 == "\t" }
        let type: PromQLMatchType
        if rest.hasPrefix("=~") { type = .regexMatch; rest = rest.dropFirst(2) }
        else if rest.hasPrefix("!~") { type = .regexNoMatch; rest = rest.dropFirst(2) }
        else if rest.hasPrefix("!=") { type = .notEqual; rest = rest.dropFirst(2) }
        else if rest.hasPrefix("=") { type = .equal; rest = rest.dropFirst(1) }
        else { return nil }
        var value = String(rest).trimmingCharacters(in: .whitespaces)
        if value.count >= 2, value.hasPrefix("\""), value.hasSuffix("\"") {
            var out = ""
            var escaped = false
            for c in value.dropFirst().dropLast() {
                if escaped {
                    switch c {
                    case "n": out.append("\n")
                    case "t": out.append("\t")
                    default: out.append(c)
                    }
                    escaped = false
                } else if c == "\\" {
                    escaped = true
                } else {
                    out.append(c)
                }
            }
            value = out
        }
        return AlertMatcher(name: name, type: type, value: value)
    }
}
