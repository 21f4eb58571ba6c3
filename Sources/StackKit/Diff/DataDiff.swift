import Foundation
import YAML

/// The keys of a ConfigMap's `data`/`binaryData` and a Secret's `data`/`stringData` compared
/// by content, one item per key: `+ data.port: "8080"`, `~ data["config.yaml"]:` and a line
/// diff, a dashboard's panel changes. Secret values are never shown: `~ data.password
/// (content changed)`; a Secret's `data` (base64) and `stringData` are merged as the API
/// server merges them, so moving a key from one to the other with the same content is no
/// change.
enum DataDiff {
    /// Whether a field can be compared key by key (an object, or absent).
    static func isKeyed(_ v: YAMLEmitValue?) -> Bool {
        switch v {
        case nil, .object?: return true
        default: return false
        }
    }

    /// The changes of a ConfigMap's `field` (`data` or `binaryData`), which `isKeyed` on both
    /// sides.
    static func configMap(_ old: YAMLEmitValue?, _ new: YAMLEmitValue?, field: String) -> [DiffChange] {
        let a = old?.objectValue ?? [:]
        let b = new?.objectValue ?? [:]
        var out: [DiffChange] = []
        for key in Set(a.keys).union(b.keys).sorted(by: ValueDiff.byteOrder) {
            let subject = FieldPath(keys: [field, key]).description
            switch (a[key], b[key]) {
            case (nil, let v?): out.append(DiffChange(kind: .added, subject: subject, isItem: true, new: v))
            case (let v?, nil): out.append(DiffChange(kind: .removed, subject: subject, isItem: true, old: v))
            case (let x?, let y?) where x != y:
                if case .string(let s) = x, case .string(let t) = y,
                   let da = DashboardDiff.dashboard(s), let db = DashboardDiff.dashboard(t) {
                    let inner = DashboardDiff.changes(da, db)
                    if !inner.isEmpty { out.append(DiffChange(kind: .changed, subject: subject, isItem: true, children: inner)) }
                } else if case .string(let s) = x, case .string(let t) = y, s.contains("\n") || t.contains("\n") {
                    out.append(DiffChange(kind: .changed, subject: subject, isItem: true, old: x, new: y, lines: LineDiff.lines(s, t)))
                } else {
                    out.append(DiffChange(kind: .changed, subject: subject, isItem: true, old: x, new: y))
                }
            default:
                break
            }
        }
        return out
    }

    /// The changes of a Secret's content (`data` and `stringData` merged), values redacted.
    static func secret(_ old: YAMLEmitValue, _ new: YAMLEmitValue) -> [DiffChange] {
        let a = content(old)
        let b = content(new)
        var out: [DiffChange] = []
        for key in Set(a.keys).union(b.keys).sorted(by: ValueDiff.byteOrder) {
            switch (a[key], b[key]) {
            case (nil, let y?): out.append(DiffChange(kind: .added, subject: y.subject, isItem: true, redacted: true))
            case (let x?, nil): out.append(DiffChange(kind: .removed, subject: x.subject, isItem: true, redacted: true))
            case (let x?, let y?) where x.bytes != y.bytes:
                out.append(DiffChange(kind: .changed, subject: y.subject, isItem: true, redacted: true))
            default:
                break
            }
        }
        return out.sorted { ValueDiff.byteOrder($0.subject, $1.subject) }
    }

    /// One key of a Secret: where it is written and its decoded bytes.
    private struct Entry {
        var subject: String
        var bytes: [UInt8]
    }

    /// A Secret's keys: `data` values base64-decoded (kept as written when they do not
    /// decode), then `stringData` over them. A `data` or `stringData` that is not an object
    /// counts as one opaque entry.
    private static func content(_ secret: YAMLEmitValue) -> [String: Entry] {
        var out: [String: Entry] = [:]
        for field in ["data", "stringData"] {
            guard let v = secret.at([field]) else { continue }
            guard case .object(let o) = v else {
                out["\u{0}" + field] = Entry(subject: field, bytes: Array(DiffValueText.compact(v).utf8))
                continue
            }
            for (key, value) in o {
                let bytes: [UInt8]
                if case .string(let s) = value {
                    if field == "data", let d = Data(base64Encoded: s) { bytes = Array(d) } else { bytes = Array(s.utf8) }
                } else {
                    bytes = Array(DiffValueText.compact(value).utf8)
                }
                out[key] = Entry(subject: FieldPath(keys: [field, key]).description, bytes: bytes)
            }
        }
        return out
    }
}
