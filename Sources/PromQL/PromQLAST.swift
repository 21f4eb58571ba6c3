import Foundation

/// The type of value a PromQL expression evaluates to.
public enum PromQLValueType: String, Sendable, Equatable {
    case scalar = "scalar"
    case instantVector = "instant vector"
    case rangeVector = "range vector"
    case string = "string"
}

/// A parsed PromQL expression. ``description`` prints its canonical form, as Prometheus'
/// `String()` does (`sum by (job) (rate(x[5m]))`).
public indirect enum PromQLExpr: Sendable, Equatable, CustomStringConvertible {
    /// A number literal (`1`, `0x1F`, `1e-3`, `Inf`, `NaN`); a leading `-` is folded in.
    case number(Double)
    /// A string literal, decoded.
    case string(String)
    /// An instant vector selector `name{matchers}` with its modifiers.
    case vectorSelector(PromQLVectorSelector)
    /// A range vector selector `selector[range]`.
    case matrixSelector(PromQLMatrixSelector)
    /// A subquery `expr[range:step]`.
    case subquery(PromQLSubquery)
    /// A parenthesised expression.
    case paren(PromQLExpr)
    /// `-expr` or `+expr` on something other than a number literal.
    case unary(PromQLUnaryOp, PromQLExpr)
    /// A binary operation.
    case binary(PromQLBinaryExpr)
    /// An aggregation such as `sum by (job) (x)`.
    case aggregate(PromQLAggregateExpr)
    /// A function call.
    case call(PromQLCall)

    /// The type the expression evaluates to.
    public var type: PromQLValueType {
        switch self {
        case .number: return .scalar
        case .string: return .string
        case .vectorSelector: return .instantVector
        case .matrixSelector, .subquery: return .rangeVector
        case .paren(let e), .unary(_, let e): return e.type
        case .binary(let b): return b.lhs.type == .scalar && b.rhs.type == .scalar ? .scalar : .instantVector
        case .aggregate: return .instantVector
        case .call(let c): return c.function.returnType
        }
    }

    /// The canonical text of the expression.
    public var description: String {
        switch self {
        case .number(let v): return formatPromQLNumber(v)
        case .string(let s): return goQuote(s)
        case .vectorSelector(let v): return v.description
        case .matrixSelector(let m): return m.description
        case .subquery(let s): return s.description
        case .paren(let e): return "(\(e))"
        case .unary(let op, let e): return "\(op.rawValue)\(e)"
        case .binary(let b): return b.description
        case .aggregate(let a): return a.description
        case .call(let c): return "\(c.function.name)(\(c.args.map(\.description).joined(separator: ", ")))"
        }
    }
}

/// Formats a float as Go's `strconv.FormatFloat(v, 'f', -1, 64)`: the shortest digits that
/// round-trip, never an exponent; `+Inf`, `-Inf`, `NaN`.
public func formatPromQLNumber(_ v: Double) -> String {
    if v.isNaN { return "NaN" }
    if v.isInfinite { return v < 0 ? "-Inf" : "+Inf" }
    if v == 0 { return v.sign == .minus ? "-0" : "0" }
    let s = "\(v)"
    let negative = s.hasPrefix("-")
    let body = negative ? String(s.dropFirst()) : s
    var mantissa = body
    var exponent = 0
    if let e = body.firstIndex(where: { $0 == "e" || $0 == "E" }) {
        mantissa = String(body[..<e])
        exponent = Int(body[body.index(after: e)...])!
    }
    var intPart = mantissa
    var fracPart = ""
    if let dot = mantissa.firstIndex(of: ".") {
        intPart = String(mantissa[..<dot])
        fracPart = String(mantissa[mantissa.index(after: dot)...])
    }
    var digits = intPart + fracPart
    var pointAt = intPart.count + exponent
    // Trim leading zeros while keeping the point in place.
    while digits.count > 1, digits.first == "0" { digits.removeFirst(); pointAt -= 1 }
    while digits.hasSuffix("0"), digits.count > max(pointAt, 1) { digits.removeLast() }
    var out: String
    if pointAt <= 0 {
        out = "0." + String(repeating: "0", count: -pointAt) + digits
    } else if pointAt >= digits.count {
        out = digits + String(repeating: "0", count: pointAt - digits.count)
    } else {
        let i = digits.index(digits.startIndex, offsetBy: pointAt)
        out = digits[..<i] + "." + digits[i...]
    }
    if out.contains(".") {
        while out.hasSuffix("0") { out.removeLast() }
        if out.hasSuffix(".") { out.removeLast() }
    }
    return negative ? "-" + out : out
}

/// How a label matcher compares.
public enum PromQLMatchType: String, Sendable, Equatable {
    case equal = "="
    case notEqual = "!="
    case regexMatch = "=~"
    case regexNoMatch = "!~"
}

/// One label matcher of a vector selector, such as `job=~"api|web"`.
public struct PromQLLabelMatcher: Sendable, Equatable, CustomStringConvertible {
    /// The label name.
    public var name: String
    /// The comparison.
    public var type: PromQLMatchType
    /// The value or, for `=~`/`!~`, the (unanchored) regular expression.
    public var value: String

    /// A matcher `name type "value"`.
    public init(name: String, type: PromQLMatchType, value: String) {
        self.name = name
        self.type = type
        self.value = value
    }

    /// Whether the matcher matches the empty string (i.e. a series lacking the label),
    /// judged without a regex engine for `=~`/`!~`: only the common always-empty-matching
    /// patterns are recognised here; ``PromQLParser`` may be given a better judge.
    public var matchesEmptyWithoutRegexEngine: Bool {
        switch type {
        case .equal: return value.isEmpty
        case .notEqual: return !value.isEmpty
        case .regexMatch: return Self.trivialEmptyMatch(value)
        case .regexNoMatch: return !Self.trivialEmptyMatch(value)
        }
    }

    static func trivialEmptyMatch(_ re: String) -> Bool {
        if re.isEmpty || re == ".*" || re == "^.*$" || re == "(.*)" || re == ".*?" { return true }
        if re.hasSuffix("|") || re.hasPrefix("|") || re.contains("||") { return true }
        return re.split(separator: "|", omittingEmptySubsequences: false).contains { $0 == ".*" || $0.isEmpty }
    }

    /// `name="value"` with the value quoted as Go quotes strings.
    public var description: String { "\(name)\(type.rawValue)\(goQuote(value))" }
}

/// The `@` modifier: a fixed timestamp, or the start or end of the evaluated range.
public enum PromQLAtModifier: Sendable, Equatable, CustomStringConvertible {
    /// `@ <seconds>`, held in milliseconds.
    case timestamp(Int64)
    /// `@ start()`.
    case start
    /// `@ end()`.
    case end

    /// `@ 1000.000`, `@ start()`, `@ end()`.
    public var description: String {
        switch self {
        case .timestamp(let ms): return "@ " + String(format: "%.3f", Double(ms) / 1000)
        case .start: return "@ start()"
        case .end: return "@ end()"
        }
    }
}

func modifierSuffix(at: PromQLAtModifier?, offset: PromQLDuration?) -> String {
    var s = ""
    if let at { s += " \(at)" }
    if let offset, offset.milliseconds != 0 { s += " offset \(offset)" }
    return s
}

/// An instant vector selector: an optional metric name, label matchers and modifiers.
public struct PromQLVectorSelector: Sendable, Equatable, CustomStringConvertible {
    /// The metric name written before the braces, if any.
    public var name: String?
    /// All matchers; when ``name`` is set this includes `__name__="name"` first.
    public var matchers: [PromQLLabelMatcher]
    /// The `offset` modifier (negative for `offset -5m`).
    public var offset: PromQLDuration?
    /// The `@` modifier.
    public var at: PromQLAtModifier?

    /// A selector with the given parts.
    public init(name: String?, matchers: [PromQLLabelMatcher], offset: PromQLDuration? = nil, at: PromQLAtModifier? = nil) {
        self.name = name
        self.matchers = matchers
        self.offset = offset
        self.at = at
    }

    /// The selector without modifiers: `name{a="b"}`.
    public var selectorText: String {
        let shown = matchers.filter { !($0.name == "__name__" && $0.type == .equal && name != nil) }
        var s = name ?? ""
        if !shown.isEmpty || name == nil {
            s += "{" + shown.map(\.description).joined(separator: ", ") + "}"
        }
        return s
    }

    /// The selector and its modifiers.
    public var description: String { selectorText + modifierSuffix(at: at, offset: offset) }
}

/// A range vector selector `selector[range]`; its offset and `@` live on the vector selector.
public struct PromQLMatrixSelector: Sendable, Equatable, CustomStringConvertible {
    /// The selected series.
    public var vectorSelector: PromQLVectorSelector
    /// How far back the range reaches.
    public var range: PromQLDuration

    /// A range selector over `vectorSelector`.
    public init(vectorSelector: PromQLVectorSelector, range: PromQLDuration) {
        self.vectorSelector = vectorSelector
        self.range = range
    }

    /// `name{…}[5m] @ … offset …`.
    public var description: String {
        vectorSelector.selectorText + "[\(range)]" + modifierSuffix(at: vectorSelector.at, offset: vectorSelector.offset)
    }
}

/// A subquery `expr[range:step]`, evaluating an instant-vector expression over a range.
public struct PromQLSubquery: Sendable, Equatable, CustomStringConvertible {
    /// The inner expression (an instant vector).
    public var expr: PromQLExpr
    /// The range.
    public var range: PromQLDuration
    /// The resolution; `nil` for the default evaluation interval (`[1h:]`).
    public var step: PromQLDuration?
    /// The `offset` modifier.
    public var offset: PromQLDuration?
    /// The `@` modifier.
    public var at: PromQLAtModifier?

    /// A subquery with the given parts.
    public init(expr: PromQLExpr, range: PromQLDuration, step: PromQLDuration?, offset: PromQLDuration? = nil, at: PromQLAtModifier? = nil) {
        self.expr = expr
        self.range = range
        self.step = step
        self.offset = offset
        self.at = at
    }

    /// `expr[1h:5m] @ … offset …`.
    public var description: String {
        "\(expr)[\(range):\(step.map(\.description) ?? "")]" + modifierSuffix(at: at, offset: offset)
    }
}

/// A unary operator.
public enum PromQLUnaryOp: String, Sendable, Equatable {
    case plus = "+"
    case minus = "-"
}

/// A binary operator, with its Prometheus precedence.
public enum PromQLBinaryOp: String, Sendable, Equatable, CaseIterable {
    case add = "+", sub = "-", mul = "*", div = "/", mod = "%", pow = "^", atan2
    case eql = "==", neq = "!=", lte = "<=", lss = "<", gte = ">=", gtr = ">"
    case and, or, unless

    /// Higher binds tighter: `^` 6, `* / % atan2` 5, `+ -` 4, comparisons 3, `and unless` 2, `or` 1.
    public var precedence: Int {
        switch self {
        case .pow: return 6
        case .mul, .div, .mod, .atan2: return 5
        case .add, .sub: return 4
        case .eql, .neq, .lte, .lss, .gte, .gtr: return 3
        case .and, .unless: return 2
        case .or: return 1
        }
    }

    /// Whether the operator is right-associative (only `^`).
    public var isRightAssociative: Bool { self == .pow }
    /// Whether the operator is a comparison (`== != <= < >= >`).
    public var isComparison: Bool { precedence == 3 }
    /// Whether the operator is a set operator (`and or unless`).
    public var isSetOperator: Bool { self == .and || self == .or || self == .unless }
}

/// How the series of the two sides of a vector binary operation are matched.
public enum PromQLCardinality: String, Sendable, Equatable {
    case oneToOne = "one-to-one"
    case manyToOne = "many-to-one"
    case oneToMany = "one-to-many"
    case manyToMany = "many-to-many"
}

/// Vector matching of a binary operation: `on(...)`/`ignoring(...)` and `group_left/right(...)`.
public struct PromQLVectorMatching: Sendable, Equatable {
    /// The cardinality (many-to-many for set operators).
    public var card: PromQLCardinality
    /// The labels listed in `on(...)` or `ignoring(...)`.
    public var matchingLabels: [String]
    /// `true` for `on`, `false` for `ignoring` (or no clause).
    public var on: Bool
    /// The extra labels of `group_left(...)`/`group_right(...)`.
    public var include: [String]

    /// A matching with the given parts.
    public init(card: PromQLCardinality, matchingLabels: [String] = [], on: Bool = false, include: [String] = []) {
        self.card = card
        self.matchingLabels = matchingLabels
        self.on = on
        self.include = include
    }
}

/// A binary operation `lhs op [bool] [matching] rhs`.
public struct PromQLBinaryExpr: Sendable, Equatable, CustomStringConvertible {
    /// The operator.
    public var op: PromQLBinaryOp
    /// The left operand.
    public var lhs: PromQLExpr
    /// The right operand.
    public var rhs: PromQLExpr
    /// The `bool` modifier of a comparison.
    public var returnBool: Bool
    /// Vector matching; `nil` unless both sides are instant vectors.
    public var matching: PromQLVectorMatching?

    /// A binary operation with the given parts.
    public init(op: PromQLBinaryOp, lhs: PromQLExpr, rhs: PromQLExpr, returnBool: Bool = false, matching: PromQLVectorMatching? = nil) {
        self.op = op
        self.lhs = lhs
        self.rhs = rhs
        self.returnBool = returnBool
        self.matching = matching
    }

    /// `lhs op bool on (a) group_left (b) rhs`.
    public var description: String {
        var m = ""
        if let vm = matching, !vm.matchingLabels.isEmpty || vm.on {
            m = " \(vm.on ? "on" : "ignoring") (\(vm.matchingLabels.joined(separator: ", ")))"
            if vm.card == .manyToOne || vm.card == .oneToMany {
                m += " group_\(vm.card == .manyToOne ? "left" : "right") (\(vm.include.joined(separator: ", ")))"
            }
        }
        return "\(lhs) \(op.rawValue)\(returnBool ? " bool" : "")\(m) \(rhs)"
    }
}

/// The aggregation operators of Prometheus 2.x.
public enum PromQLAggregateOp: String, Sendable, Equatable, CaseIterable {
    case sum, avg, min, max, count, stddev, stdvar, group, topk, bottomk, quantile
    case countValues = "count_values"

    /// The type of the parameter before the vector, if the operator takes one.
    public var parameterType: PromQLValueType? {
        switch self {
        case .topk, .bottomk, .quantile: return .scalar
        case .countValues: return .string
        default: return nil
        }
    }
}

/// An aggregation `op [by|without (labels)] ([param,] expr)`.
public struct PromQLAggregateExpr: Sendable, Equatable, CustomStringConvertible {
    /// The operator.
    public var op: PromQLAggregateOp
    /// The aggregated instant vector.
    public var expr: PromQLExpr
    /// The parameter of `topk`, `bottomk`, `quantile`, `count_values`.
    public var param: PromQLExpr?
    /// The labels of `by (...)` or `without (...)`.
    public var grouping: [String]
    /// `true` for `without`.
    public var without: Bool

    /// An aggregation with the given parts.
    public init(op: PromQLAggregateOp, expr: PromQLExpr, param: PromQLExpr? = nil, grouping: [String] = [], without: Bool = false) {
        self.op = op
        self.expr = expr
        self.param = param
        self.grouping = grouping
        self.without = without
    }

    /// `sum by (job) (x)`, `topk(3, x)`.
    public var description: String {
        var s = op.rawValue
        if without {
            s += " without (\(grouping.joined(separator: ", "))) "
        } else if !grouping.isEmpty {
            s += " by (\(grouping.joined(separator: ", "))) "
        }
        s += "("
        if let param { s += "\(param), " }
        return s + "\(expr))"
    }
}

/// A call of a PromQL function.
public struct PromQLCall: Sendable, Equatable {
    /// The function called.
    public var function: PromQLFunction
    /// The arguments.
    public var args: [PromQLExpr]

    /// A call of `function` with `args`.
    public init(function: PromQLFunction, args: [PromQLExpr]) {
        self.function = function
        self.args = args
    }
}
