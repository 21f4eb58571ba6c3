/// A failed evaluation: a static error (syntax, scope) or a runtime error with its trace.
/// `rendered` is the text the CLI prints, as go-jsonnet prints it.
public enum JsonnetError: Error, Sendable {
    case staticError(StaticError)
    case runtime(RuntimeError, maxTrace: Int)

    public var rendered: String {
        switch self {
        case .staticError(let e): return e.rendered
        case .runtime(let e, let maxTrace): return e.rendered(maxTrace: maxTrace)
        }
    }
}
