import YAML

/// What a build produced, for the one-line summary `stackc build` prints on stderr.
public struct BuildSummary: Sendable, Equatable {
    public var objects = 0
    /// How many objects of each kind.
    public var kinds: [String: Int] = [:]
    /// Alerting and recording rules across all PrometheusRule objects.
    public var alerts = 0
    public var recordingRules = 0

    public init(_ manifests: [Manifest]) {
        for m in manifests {
            count(m.value)
        }
    }

    private mutating func count(_ v: YAMLEmitValue) {
        guard case .object(let o) = v, case .string(let kind)? = o["kind"] else { return }
        if kind == "List", case .array(let items)? = o["items"] {
            for i in items { count(i) }
            return
        }
        objects += 1
        kinds[kind, default: 0] += 1
        guard kind == "PrometheusRule", case .object(let spec)? = o["spec"], case .array(let groups)? = spec["groups"] else { return }
        for g in groups {
            guard case .object(let group) = g, case .array(let rules)? = group["rules"] else { continue }
            for r in rules {
                guard case .object(let rule) = r else { continue }
                if rule["alert"] != nil { alerts += 1 } else if rule["record"] != nil { recordingRules += 1 }
            }
        }
    }

    /// `12 objects (5 kinds), 30 alerts, 8 recording rules`.
    public var text: String {
        "\(objects) objects (\(kinds.count) kinds), \(alerts) alerts, \(recordingRules) recording rules"
    }
}
