/// The syntax tree the parser produces: close to the source, with a range on every node. The
/// analyzer turns it into the evaluator's core tree (`Analysis/`).
public final class Expr: @unchecked Sendable {
    public let range: SourceRange
    public let kind: ExprKind

    init(_ kind: ExprKind, _ range: SourceRange) {
        self.kind = kind
        self.range = range
    }
}

/// Visibility written after a field name: `:` inherits, `::` hides, `:::` forces visible.
public enum Visibility: UInt8, Sendable {
    case inherit, hidden, visible
}

/// The ways a binary operator can be written.
public enum BinaryOp: String, Sendable, CaseIterable {
    case mul = "*", div = "/", mod = "%", add = "+", sub = "-", shiftL = "<<", shiftR = ">>"
    case less = "<", lessEq = "<=", greater = ">", greaterEq = ">=", `in` = "in"
    case eq = "==", notEq = "!=", bitAnd = "&", bitXor = "^", bitOr = "|", and = "&&", or = "||"

    /// go-jsonnet's precedence: smaller binds tighter.
    var precedence: Int {
        switch self {
        case .mul, .div, .mod: return 5
        case .add, .sub: return 6
        case .shiftL, .shiftR: return 7
        case .less, .lessEq, .greater, .greaterEq, .in: return 8
        case .eq, .notEq: return 9
        case .bitAnd: return 10
        case .bitXor: return 11
        case .bitOr: return 12
        case .and: return 13
        case .or: return 14
        }
    }
}

/// The unary operators.
public enum UnaryOp: String, Sendable {
    case not = "!", bitNot = "~", plus = "+", minus = "-"
}

/// A function parameter, with its default value if it has one.
public struct Param: Sendable {
    public let name: String
    public let range: SourceRange
    public let defaultValue: Expr?
}

/// One argument of a call: positional (`name == nil`) or named.
public struct Arg: Sendable {
    public let name: String?
    public let value: Expr
}

/// `name = body` or the function sugar `name(params) = body` in a `local` or object local.
public struct Bind: Sendable {
    public let name: String
    public let range: SourceRange
    public let params: [Param]?
    public let body: Expr
}

/// A field's name as written.
public enum FieldName: Sendable {
    case identifier(String)
    case string(String)
    case computed(Expr)
}

/// One field of an object literal. Methods (`f(x): …`) keep their parameters.
public struct FieldDef: Sendable {
    public let name: FieldName
    public let nameRange: SourceRange
    public let plusSuper: Bool
    public let visibility: Visibility
    public let params: [Param]?
    public let body: Expr
    public let range: SourceRange
}

/// A member of an object literal in source order.
public enum ObjectMember: Sendable {
    case field(FieldDef)
    case local(Bind)
    case assert(cond: Expr, message: Expr?, range: SourceRange)
}

/// A `for x in e` or `if e` clause of a comprehension.
public enum CompSpec: Sendable {
    case forIn(name: String, range: SourceRange, source: Expr)
    case ifCond(Expr)
}

/// The node kinds.
public indirect enum ExprKind: Sendable {
    case null, `true`, `false`, `self`, dollar
    case number(Double)
    case string(String)
    case variable(String)
    case parens(Expr)
    case superIndex(Expr)
    case inSuper(Expr)
    case array([Expr])
    case arrayComp(body: Expr, specs: [CompSpec])
    case object([ObjectMember])
    case objectComp(members: [ObjectMember], specs: [CompSpec])
    /// `target[index]`, or `target.name` (`dot`), whose target go-jsonnet traces without context.
    case index(target: Expr, index: Expr, dot: Bool)
    case slice(target: Expr, begin: Expr?, end: Expr?, step: Expr?)
    case apply(target: Expr, args: [Arg], tailStrict: Bool)
    case applyBrace(target: Expr, object: Expr)
    case binary(BinaryOp, Expr, Expr)
    case unary(UnaryOp, Expr)
    case conditional(cond: Expr, then: Expr, else: Expr?)
    case function(params: [Param], body: Expr)
    case local(binds: [Bind], body: Expr)
    case error(Expr)
    case assert(cond: Expr, message: Expr?, rest: Expr)
    case importCode(String)
    case importString(String)
    case importBinary(String)
}
