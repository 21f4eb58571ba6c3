/// Evaluation of the top-level program: the file, its top-level arguments, and the output
/// modes of the CLI, with the pseudo frames go-jsonnet shows in their traces.
extension Evaluator {
    func guarded<T>(_ body: () throws(RuntimeError) -> T) throws(JsonnetError) -> T {
        do {
            return try body()
        } catch {
            throw JsonnetError.runtime(error, maxTrace: maxTrace)
        }
    }

    /// Evaluates the input; a top-level function is called with the top-level arguments.
    func evaluateTopLevel(_ input: Jsonnet.Input) throws(JsonnetError) -> Value {
        let file: SourceFile
        switch input {
        case .file(let path):
            guard let bytes = importer.resolver.read(path) else {
                throw JsonnetError.runtime(RuntimeError(message: "opening input file: \(path): no such file or directory", trace: []), maxTrace: maxTrace)
            }
            file = SourceFile(path: path, bytes: bytes)
        case .snippet(let code, let filename):
            file = SourceFile(path: filename, text: code)
        }
        let analyzed: (node: Node, frameSize: Int)
        do {
            let ast = try Parser.parse(file, stack: stackGuard)
            analyzed = try Analyzer(names: names, stack: stackGuard).analyzeFile(ast)
        } catch {
            throw JsonnetError.staticError(error)
        }
        return try guarded { () throws(RuntimeError) -> Value in
            try pushPseudo(TraceName.duringEvaluation)
            try push(site: nil)
            let frame = Frame.make(parent: nil, selfObject: nil, layer: 0, size: analyzed.frameSize)
            let v = try analyzed.node.eval(frame, self)
            pop()
            pop()
            guard case .function(let fn) = v else { return v }
            return try callTopLevel(fn)
        }
    }

    private func callTopLevel(_ fn: FunctionValue) throws(RuntimeError) -> Value {
        try pushPseudo(TraceName.topLevelCall)
        defer { pop() }
        var named: [(id: Int32, name: String, value: Lazy)] = []
        for (name, ext) in topLevelArgs.sorted(by: { $0.key < $1.key }) {
            named.append((names.id(name), name, try externalLazy(ext, name: name, kind: "top-level-arg")))
        }
        if let node = fn.node {
            let frame = try node.bind(captured: fn.frame!, positional: [], named: named, self, site: nil)
            return try node.invoke(frame, self)
        }
        let b = fn.builtin!
        let sources = try b.match(positional: 0, named: named.map { $0.name }, self, site: nil)
        return try b.invoke(sources, self, site: SiteNode.nowhere) { (i) throws(RuntimeError) -> Lazy in named[i].value }
    }

    func manifest(_ v: Value, mode: Jsonnet.OutputMode) throws(RuntimeError) -> String {
        try pushPseudo(TraceName.duringManifestation)
        defer { pop() }
        switch mode {
        case .json:
            var w = JSONWriter(vm: self, style: .pretty)
            try w.write(v)
            return String(decoding: w.out, as: UTF8.self)
        case .string:
            guard case .string(let s) = v else {
                throw error("expected string result, got: \(v.typeName)", at: nil)
            }
            return s.string
        }
    }

    func manifestStream(_ v: Value, mode: Jsonnet.OutputMode) throws(RuntimeError) -> [String] {
        guard case .array(let a) = v else {
            try pushPseudo(TraceName.duringManifestation)
            throw error("stream mode: top-level object was a \(v.typeName), should be an array whose elements hold the JSON for each document in the stream.", at: nil)
        }
        var docs: [String] = []
        for i in 0..<a.count {
            let e = try a.value(i, self, site: nil)
            docs.append(try manifest(e, mode: mode))
        }
        return docs
    }

    func manifestMulti(_ v: Value, mode: Jsonnet.OutputMode) throws(RuntimeError) -> [(name: String, content: String)] {
        guard case .object(let o) = v else {
            try pushPseudo(TraceName.duringManifestation)
            throw error("multi mode: top-level object was a \(v.typeName), should be an object whose keys are filenames and values hold the JSON for that file.", at: nil)
        }
        var out: [(name: String, content: String)] = []
        for name in o.visibleFields(self) {
            let fv = try o.field(name, self, site: nil)!
            if mode == .string {
                guard case .string = fv else {
                    try pushPseudo(TraceName.duringManifestation)
                    throw error("multi mode: top-level object's key \(names.string(name)) has a value of type \(goInterfaceType(fv)), should be a string", at: nil)
                }
            }
            out.append((names.string(name), try manifest(fv, mode: mode)))
        }
        return out
    }

    /// The plain JSON form of a value (for library users): manifested as for JSON output, so
    /// object assertions run and errors carry the same `Field`/`During manifestation` frames.
    func toJSON(_ v: Value, locations: MiscFunctions.FieldLocations? = nil) throws(RuntimeError) -> JSONValue {
        try pushPseudo(TraceName.duringManifestation)
        defer { pop() }
        return try MiscFunctions.toJSON(v, self, locations: locations)
    }

    // MARK: external values

    /// `std.extVar(name)`.
    func externalVariable(_ name: String, site: Node) throws(RuntimeError) -> Value {
        if let v = extVarCache[name] { return v }
        guard let ext = extVars[name] else { throw error("Undefined external variable: \(name)", at: site) }
        let v = try externalLazy(ext, name: name, kind: "extvar").force(self, site: site)
        extVarCache[name] = v
        return v
    }

    /// The lazy value of an external variable or top-level argument: strings as they are,
    /// code evaluated as a snippet named `<extvar:NAME>` / `<top-level-arg:NAME>`.
    func externalLazy(_ ext: ExternalValue, name: String, kind: String) throws(RuntimeError) -> Lazy {
        switch ext {
        case .string(let s):
            return .ready(.string(JString(s)))
        case .code(let code):
            let file = SourceFile(path: "<\(kind):\(name)>", text: code)
            let analyzed: (node: Node, frameSize: Int)
            do {
                let ast = try Parser.parse(file, stack: stackGuard)
                analyzed = try Analyzer(names: names, stack: stackGuard).analyzeFile(ast)
            } catch {
                // go-jsonnet reports these as static errors, when the value is first needed.
                return .pending(Thunk(node: StaticErrorNode(error), frame: Frame.make(parent: nil, selfObject: nil, layer: 0, size: 0)))
            }
            let frame = Frame.make(parent: nil, selfObject: nil, layer: 0, size: analyzed.frameSize)
            return .pending(Thunk(node: analyzed.node, frame: frame))
        }
    }
}

/// The Go type a value has once go-jsonnet converts it to plain Go data (shown in messages).
func goInterfaceType(_ v: Value) -> String {
    switch v {
    case .null: return "<nil>"
    case .bool: return "bool"
    case .number: return "float64"
    case .string: return "string"
    case .array: return "[]interface {}"
    case .object: return "map[string]interface {}"
    case .function: return "func"
    }
}

/// Raises a static error found in code parsed during evaluation (ext vars, top-level args).
final class StaticErrorNode: Node {
    let error: StaticError

    init(_ error: StaticError) {
        self.error = error
        super.init(error.range)
    }

    override func eval(_ f: Frame, _ vm: Evaluator) throws(RuntimeError) -> Value {
        throw RuntimeError(message: error.message, trace: [], staticText: error.rendered)
    }
}
