import YAML

/// One Kubernetes object of a compiled stack and the file it is written to.
public struct Manifest: Sendable, Equatable {
    /// The output path relative to the build directory, without extension (`setup/namespace`,
    /// `prometheus-service`).
    public let path: String
    /// The object itself.
    public let value: YAMLEmitValue

    public init(path: String, value: YAMLEmitValue) {
        self.path = path
        self.value = value
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
