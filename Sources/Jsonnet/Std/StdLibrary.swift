/// The `std` object: the builtins by name, and the object value `std` evaluates to. Builtins
/// are registered by theme (`Std/*Functions.swift`), each theme a `static func register`.
final class StdLibrary {
    private(set) var builtins: [String: Builtin] = [:]
    /// Fields that are plain values (`std.pi`).
    private var constants: [String: Value] = [:]
    private var functionValues: [String: Value] = [:]
    private var objects: [ObjectIdentifier: ObjectValue] = [:]
    private unowned let vm: Evaluator

    init(_ vm: Evaluator) {
        self.vm = vm
        for group in StdLibrary.groups { group(self) }
    }

    /// Every theme's registration function.
    nonisolated(unsafe) static let groups: [(StdLibrary) -> Void] = [
        TypeFunctions.register, MathFunctions.register, StringFunctions.register,
        StringParseFunctions.register, EscapeFunctions.register, ArrayFunctions.register,
        SortFunctions.register, SetFunctions.register, ObjectFunctions.register, MiscFunctions.register, Format.register,
        ManifestFunctions.register, EncodingFunctions.register, HashFunctions.register,
        ParseFunctions.register,
    ]

    func add(_ b: Builtin) { builtins[b.name] = b }

    /// A std field that is a value, not a function.
    func addConstant(_ name: String, _ value: Value) { constants[name] = value }

    /// `std.name` as a value, or nil if std has no such field.
    func field(_ name: String, file: SourceFile) -> Value? {
        if name == "thisFile" { return .string(JString(file.path)) }
        if let v = functionValues[name] { return v }
        if let c = constants[name] { return c }
        guard let b = builtins[name] else { return nil }
        let v = Value.function(FunctionValue(builtin: b))
        functionValues[name] = v
        return v
    }

    /// The `std` object as seen from `file` (its `thisFile` differs per file).
    func object(for file: SourceFile) -> ObjectValue {
        let key = ObjectIdentifier(file)
        if let o = objects[key] { return o }
        var names = ContiguousArray<Int32>()
        var values = ContiguousArray<Lazy>()
        for name in Set(builtins.keys).union(constants.keys).sorted() {
            names.append(vm.names.id(name))
            values.append(.ready(field(name, file: file)!))
        }
        names.append(vm.names.id("thisFile"))
        values.append(.ready(.string(JString(file.path))))
        let vis = ContiguousArray(repeating: Visibility.hidden, count: names.count)
        let o = ObjectValue(layer: ObjectLayer(names: names, visibility: vis, bodyIndex: nil, source: .values(values)))
        objects[key] = o
        return o
    }
}

/// `std` used as a value.
final class StdNode: Node {
    override func eval(_ f: Frame, _ vm: Evaluator) throws(RuntimeError) -> Value {
        .object(vm.std.object(for: range.file))
    }
}

/// `std.name`, resolved once when `std` is not shadowed.
final class StdFieldNode: Node {
    let name: String
    private var cached: Value?

    init(name: String, _ range: SourceRange) {
        self.name = name
        super.init(range)
    }

    override func eval(_ f: Frame, _ vm: Evaluator) throws(RuntimeError) -> Value {
        if let c = cached { return c }
        guard let v = vm.std.field(name, file: range.file) else {
            throw vm.error("Field does not exist: \(name)", at: self)
        }
        cached = v
        return v
    }
}
