/// A JSON-like value to emit (objects keep no order: the emitter sorts keys).
public indirect enum YAMLEmitValue: Sendable, Equatable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([YAMLEmitValue])
    case object([String: YAMLEmitValue])
}
