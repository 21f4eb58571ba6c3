/// The state of one evaluation: the explicit call stack (for traces and the frame limit), the
/// interned field names, the import cache and the settings. One per `JsonnetVM.evaluate` call;
/// not thread-safe.
public final class Evaluator {
    var stack: ContiguousArray<StackEntry> = []
    /// How many entries of `stack` are trimmed `tailstrict` frames (kept only so pops pair up).
    var trimmedFrames = 0
    let maxStack: Int
    let maxTrace: Int
    let names = NameTable()
    let importer: ImportCache
    let extVars: [String: ExternalValue]
    let topLevelArgs: [String: ExternalValue]
    var extVarCache: [String: Value] = [:]
    let nativeFunctions: [String: NativeFunction]
    /// Where `std.trace` writes.
    let traceOutput: (String) -> Void
    lazy var std: StdLibrary = StdLibrary(self)
    /// The native stack of the evaluation thread (this object is created on it).
    let stackGuard = StackGuard.here()

    init(settings: EvaluationSettings) {
        self.maxStack = settings.maxStack
        self.maxTrace = settings.maxTrace
        self.importer = ImportCache(resolver: settings.importResolver)
        self.extVars = settings.extVars
        self.topLevelArgs = settings.topLevelArgs
        self.nativeFunctions = settings.nativeFunctions
        self.traceOutput = settings.traceOutput
        stack.reserveCapacity(64)
    }

    // MARK: stack

    /// Enters a frame (a call, a thunk, a field) on behalf of expression `site`.
    @inline(__always)
    func push(site: Node?) throws(RuntimeError) {
        if stack.count - trimmedFrames > maxStack || stackGuard.exceeds(StackGuard.evaluationBudget) { throw maxStackError(site: site) }
        stack.append(StackEntry(site: site))
    }

    /// Pushes a pseudo frame (`Field "x"`, `Array element n`, `During …`).
    @inline(__always)
    func pushPseudo(_ name: TraceName, detail: Int = 0, fieldName: String? = nil) throws(RuntimeError) {
        if stack.count - trimmedFrames > maxStack || stackGuard.exceeds(StackGuard.evaluationBudget) { throw maxStackError(site: nil) }
        stack.append(StackEntry(pseudo: name, detail: detail, fieldName: fieldName))
    }

    /// Enters a function call's frame. Like go-jsonnet, a call first trims the frame on top if
    /// that frame is itself a `tailstrict` call's; a `tailstrict` call's frame is trimmable.
    @inline(__always)
    func pushCall(site: Node?, tailStrict: Bool) throws(RuntimeError) {
        trimForCall()
        if stack.count - trimmedFrames > maxStack || stackGuard.exceeds(StackGuard.evaluationBudget) { throw maxStackError(site: site) }
        stack.append(StackEntry(site: site, trimmable: tailStrict))
    }

    /// The trimming a call does before its frame is entered (builtins trim without a frame).
    @inline(__always)
    func trimForCall() {
        let k = stack.count - 1
        if k >= 0 && stack[k].trimmable && !stack[k].trimmed {
            stack[k].trimmed = true
            trimmedFrames += 1
        }
    }

    @inline(__always)
    func pop() {
        if stack.removeLast().trimmed { trimmedFrames -= 1 }
    }

    func maxStackError(site: Node?) -> RuntimeError {
        error("max stack frames exceeded.", at: site)
    }

    // MARK: errors

    /// A runtime error raised at `site`, with the current stack as its trace.
    func error(_ message: String, at site: Node?) -> RuntimeError {
        RuntimeError(message: message, trace: traceLines(errorSite: site))
    }

    /// The trace: the error site, then each stack entry from the top down. A line shows an
    /// expression's location and its lexical context (`function <f>`, `$`, …).
    func traceLines(errorSite: Node?) -> [TraceLine] {
        var lines: [TraceLine] = []
        if let s = errorSite { lines.append(s.traceLine) }
        var k = stack.count - 1
        while k >= 0 {
            let e = stack[k]
            if e.trimmed {
                k -= 1
                continue
            }
            if let p = e.pseudo {
                switch p.kind {
                case .field: lines.append(TraceLine(location: "Field \(goQuote(e.fieldName ?? ""))", name: "", depth: k))
                case .element: lines.append(TraceLine(location: "Array element \(e.detail)", name: "", depth: k))
                default: lines.append(TraceLine(location: p.text, name: "", depth: k))
                }
            } else if let s = e.site {
                var l = s.traceLine
                l.depth = k
                lines.append(l)
            }
            k -= 1
        }
        return lines
    }

    /// The most elements an array built in one go may have (2^27: about 3 GiB of slots). Larger
    /// requests end in an error instead of an allocation failure that would abort the process.
    static let maxArrayLength = 1 << 27

    func checkArrayLength(_ n: Int, _ site: Node?) throws(RuntimeError) {
        if n > Evaluator.maxArrayLength {
            throw error("array of \(n) elements is too large for stackc (the limit is \(Evaluator.maxArrayLength))", at: site)
        }
    }

    func typeError(_ v: Value, expected: String, at site: Node?) -> RuntimeError {
        error("Unexpected type \(v.typeName), expected \(expected)", at: site)
    }
}

/// The value of an external variable or top-level argument as given on the command line.
public enum ExternalValue: Sendable {
    case string(String)
    /// Jsonnet code, evaluated lazily; `name` is how traces show it.
    case code(String)
}

/// A function registered by the embedding program and reachable through `std.native(name)`.
public struct NativeFunction: Sendable {
    public let params: [String]
    public let body: @Sendable ([JSONValue]) throws -> JSONValue

    public init(params: [String], body: @escaping @Sendable ([JSONValue]) throws -> JSONValue) {
        self.params = params
        self.body = body
    }
}

/// A plain JSON value, for exchanging data with native functions.
public enum JSONValue: Sendable, Equatable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])
}
