import YAML

/// One Kubernetes object of a compiled stack and the file it is written to.
public struct Manifest: Sendable, Equatable {
    /// The output path relative to the build directory, without extension (`setup/namespace`,
    /// `prometheus-service`).
    public let path: String
    /// The object itself.
    public let value: YAMLEmitValue
    /// Where the stack's value holds it: `.prometheus.serviceMonitor` ("" when unknown).
    public let fieldPath: String

    public init(path: String, value: YAMLEmitValue, fieldPath: String = "") {
        self.path = path
        self.value = value
        self.fieldPath = fieldPath
    }

    /// The object's `kind` (every manifest has one).
    public var kind: String {
        if case .object(let o) = value, case .string(let k)? = o["kind"] { return k }
        return ""
    }

    /// True for an object with string `apiVersion` and `kind`: what a stack's leaves are.
    public static func isManifest(_ v: YAMLEmitValue) -> Bool {
        guard case .object(let o) = v else { return false }
        guard case .string? = o["apiVersion"], case .string? = o["kind"] else { return false }
        return true
    }
}
