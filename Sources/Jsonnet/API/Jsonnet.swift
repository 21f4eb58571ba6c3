import Foundation

/// The public entry point of the language: evaluates a file or snippet and manifests the
/// result as go-jsonnet's `jsonnet` command does (JSON, string, YAML stream or several files).
/// Evaluation runs on a thread with a large stack so deep recursion ends in a clean
/// "max stack frames exceeded" error.
public struct Jsonnet: Sendable {
    public var settings: EvaluationSettings

    public init(settings: EvaluationSettings = EvaluationSettings()) {
        self.settings = settings
    }

    /// How the result is turned into text.
    public enum OutputMode: Sendable {
        /// Pretty JSON (the default).
        case json
        /// The result must be a string, written raw (`-S`).
        case string
    }

    /// What to evaluate: a file (path as it should appear in messages) or code with a name.
    public enum Input: Sendable {
        case file(String)
        case snippet(code: String, filename: String)
    }

    /// Evaluates and manifests as one document (without the final newline).
    public func evaluate(_ input: Input, mode: OutputMode = .json) throws(JsonnetError) -> String {
        try run { (vm) throws(JsonnetError) -> String in
            let v = try vm.evaluateTopLevel(input)
            return try vm.guarded { () throws(RuntimeError) -> String in try vm.manifest(v, mode: mode) }
        }
    }

    /// `-y`: the result must be an array; each element is manifested as one document.
    public func evaluateStream(_ input: Input, mode: OutputMode = .json) throws(JsonnetError) -> [String] {
        try run { (vm) throws(JsonnetError) -> [String] in
            let v = try vm.evaluateTopLevel(input)
            return try vm.guarded { () throws(RuntimeError) -> [String] in try vm.manifestStream(v, mode: mode) }
        }
    }

    /// `-m`: the result must be an object; each field is manifested as one file's content.
    public func evaluateMulti(_ input: Input, mode: OutputMode = .json) throws(JsonnetError) -> [(name: String, content: String)] {
        try run { (vm) throws(JsonnetError) -> [(name: String, content: String)] in
            let v = try vm.evaluateTopLevel(input)
            return try vm.guarded { () throws(RuntimeError) -> [(name: String, content: String)] in
                try vm.manifestMulti(v, mode: mode)
            }
        }
    }

    /// Evaluates to a value for a caller that wants data rather than text.
    public func evaluateJSON(_ input: Input) throws(JsonnetError) -> JSONValue {
        try run { (vm) throws(JsonnetError) -> JSONValue in
            let v = try vm.evaluateTopLevel(input)
            return try vm.guarded { () throws(RuntimeError) -> JSONValue in try vm.toJSON(v) }
        }
    }

    /// Evaluates to a value and says where its fields are defined: for every object field
    /// reached through objects only, up to `depth` levels, its path (`.prometheus.service`)
    /// and the source position of its body (`components/prometheus.libsonnet:120:14`).
    public func evaluateJSONWithLocations(_ input: Input, depth: Int = 3) throws(JsonnetError) -> (value: JSONValue, locations: [String: String]) {
        try run { (vm) throws(JsonnetError) -> (value: JSONValue, locations: [String: String]) in
            let v = try vm.evaluateTopLevel(input)
            let locations = MiscFunctions.FieldLocations(depth: depth)
            let json = try vm.guarded { () throws(RuntimeError) -> JSONValue in try vm.toJSON(v, locations: locations) }
            return (json, locations.found)
        }
    }

    /// Runs `body` with a fresh evaluator on a thread with a 1 GiB stack.
    private func run<T>(_ body: @escaping (Evaluator) throws(JsonnetError) -> T) throws(JsonnetError) -> T {
        let settings = self.settings
        let box = ResultBox<T>(body)
        let thread = Thread {
            let vm = Evaluator(settings: settings)
            do throws(JsonnetError) {
                box.result = .success(try box.body(vm))
            } catch {
                box.result = .failure(error)
            }
            box.done.signal()
        }
        thread.stackSize = 1 << 30
        thread.start()
        box.done.wait()
        switch box.result! {
        case .success(let v): return v
        case .failure(let e): throw e
        }
    }
}

/// Carries the work to the evaluation thread and its result back.
private final class ResultBox<T>: @unchecked Sendable {
    let body: (Evaluator) throws(JsonnetError) -> T
    var result: Result<T, JsonnetError>?
    let done = DispatchSemaphore(value: 0)

    init(_ body: @escaping (Evaluator) throws(JsonnetError) -> T) {
        self.body = body
    }
}
