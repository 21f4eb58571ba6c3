/// `import`, `importstr` or `importbin` of a literal path.
final class ImportNode: Node {
    enum Kind { case code, string, binary }

    let kind: Kind
    let path: String

    init(kind: Kind, path: String, _ range: SourceRange) {
        self.kind = kind
        self.path = path
        super.init(range)
    }

    override func eval(_ f: Frame, _ vm: Evaluator) throws(RuntimeError) -> Value {
        guard let (found, bytes) = vm.importer.resolve(path, from: range.file.path) else {
            throw vm.error("couldn't open import \(goQuote(path)): no match locally or in the Jsonnet library paths", at: self)
        }
        switch kind {
        case .code:
            if let v = vm.importer.codeValues[found] { return v }
            let v = try vm.evaluateFile(SourceFile(path: found, bytes: bytes), site: self)
            vm.importer.codeValues[found] = v
            return v
        case .string:
            let key = "s:" + found
            if let v = vm.importer.strings[key] { return v }
            let v = Value.string(JString(String(decoding: bytes, as: UTF8.self)))
            vm.importer.strings[key] = v
            return v
        case .binary:
            let key = "b:" + found
            if let v = vm.importer.strings[key] { return v }
            let v = Value.array(ArrayValue(values: bytes.map { .number(Double($0)) }))
            vm.importer.strings[key] = v
            return v
        }
    }
}

extension Evaluator {
    /// Parses, analyzes and evaluates a file's top level. Static errors become runtime errors
    /// at `site` (the import), as go-jsonnet reports them.
    func evaluateFile(_ file: SourceFile, site: Node?) throws(RuntimeError) -> Value {
        let analyzed: (node: Node, frameSize: Int)
        do {
            let ast = try Parser.parse(file, stack: stackGuard)
            analyzed = try Analyzer(names: names, stack: stackGuard).analyzeFile(ast)
        } catch {
            throw self.error("\(error.range.description) \(error.message)", at: site)
        }
        let frame = Frame.make(parent: nil, selfObject: nil, layer: 0, size: analyzed.frameSize)
        try push(site: site)
        defer { pop() }
        return try analyzed.node.eval(frame, self)
    }
}
