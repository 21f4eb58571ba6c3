import Foundation

/// Everything that configures one evaluation: limits, external variables, top-level
/// arguments, library paths and native functions.
public struct EvaluationSettings: Sendable {
    /// Maximum depth of the Jsonnet call stack (`--max-stack`).
    public var maxStack = 500
    /// Maximum number of trace lines in an error (`--max-trace`; 0 = all).
    public var maxTrace = 20
    /// `std.extVar` values (`--ext-str`, `--ext-code`).
    public var extVars: [String: ExternalValue] = [:]
    /// Arguments for a top-level function (`--tla-str`, `--tla-code`).
    public var topLevelArgs: [String: ExternalValue] = [:]
    public var importResolver = ImportResolver()
    /// Functions reachable through `std.native(name)`.
    public var nativeFunctions: [String: NativeFunction] = [:]
    /// Where `std.trace` messages go (stderr by default).
    public var traceOutput: @Sendable (String) -> Void = { message in
        FileHandle.standardError.write(Data(message.utf8))
    }

    public init() {}
}
