/// A Jsonnet value. Scalars are stored inline; strings, arrays, objects and functions are
/// final classes so that copying a value never copies its contents.
public enum Value {
    case null
    case bool(Bool)
    case number(Double)
    case string(JString)
    case array(ArrayValue)
    case object(ObjectValue)
    case function(FunctionValue)

    /// The name `std.type` returns and error messages use.
    public var typeName: String {
        switch self {
        case .null: return "null"
        case .bool: return "boolean"
        case .number: return "number"
        case .string: return "string"
        case .array: return "array"
        case .object: return "object"
        case .function: return "function"
        }
    }

    static var `true`: Value { .bool(true) }
    static var `false`: Value { .bool(false) }

    static func str(_ s: String) -> Value { .string(JString(s)) }
}

/// A value that may not have been computed yet: what variables, arguments, array elements and
/// fields hold. `.ready` avoids allocating a thunk for values already known.
public enum Lazy {
    case ready(Value)
    case pending(Thunk)
}
