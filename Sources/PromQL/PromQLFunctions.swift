/// A PromQL function's signature: argument types, how many trailing arguments are optional
/// and what it returns. ``all`` lists every Prometheus 2.x function except the
/// native-histogram ones.
public struct PromQLFunction: Sendable, Equatable {
    /// The function's name.
    public var name: String
    /// The types of the arguments, in order.
    public var argTypes: [PromQLValueType]
    /// 0: exactly `argTypes.count` arguments; n > 0: the last argument is optional and may
    /// be repeated up to n times in all; -1: the last argument may repeat without limit.
    public var variadic: Int
    /// The type of the result.
    public var returnType: PromQLValueType

    /// A signature.
    public init(name: String, argTypes: [PromQLValueType], variadic: Int = 0, returnType: PromQLValueType = .instantVector) {
        self.name = name
        self.argTypes = argTypes
        self.variadic = variadic
        self.returnType = returnType
    }

    /// The function named `name`, if PromQL has it.
    public static func named(_ name: String) -> PromQLFunction? { byName[name] }

    static let byName: [String: PromQLFunction] = Dictionary(uniqueKeysWithValues: all.map { ($0.name, $0) })

    /// Every supported function.
    public static let all: [PromQLFunction] = {
        let v = PromQLValueType.instantVector, m = PromQLValueType.rangeVector
        let s = PromQLValueType.scalar, str = PromQLValueType.string
        var list: [PromQLFunction] = [
            .init(name: "time", argTypes: [], returnType: .scalar),
            .init(name: "pi", argTypes: [], returnType: .scalar),
            .init(name: "scalar", argTypes: [v], returnType: .scalar),
            .init(name: "vector", argTypes: [s]),
            .init(name: "absent", argTypes: [v]),
            .init(name: "clamp", argTypes: [v, s, s]),
            .init(name: "clamp_max", argTypes: [v, s]),
            .init(name: "clamp_min", argTypes: [v, s]),
            .init(name: "round", argTypes: [v, s], variadic: 1),
            .init(name: "histogram_quantile", argTypes: [s, v]),
            .init(name: "holt_winters", argTypes: [m, s, s]),
            .init(name: "predict_linear", argTypes: [m, s]),
            .init(name: "quantile_over_time", argTypes: [s, m]),
            .init(name: "label_replace", argTypes: [v, str, str, str, str]),
            .init(name: "label_join", argTypes: [v, str, str, str], variadic: -1),
            .init(name: "timestamp", argTypes: [v]),
            .init(name: "sort", argTypes: [v]),
            .init(name: "sort_desc", argTypes: [v]),
        ]
        for name in ["abs", "ceil", "exp", "floor", "ln", "log2", "log10", "sgn", "sqrt",
                     "acos", "acosh", "asin", "asinh", "atan", "atanh", "cos", "cosh", "sin", "sinh",
                     "tan", "tanh", "deg", "rad"] {
            list.append(.init(name: name, argTypes: [v]))
        }
        for name in ["day_of_month", "day_of_week", "day_of_year", "days_in_month", "hour", "minute", "month", "year"] {
            list.append(.init(name: name, argTypes: [v], variadic: 1))
        }
        for name in ["rate", "irate", "increase", "delta", "idelta", "deriv", "changes", "resets",
                     "absent_over_time", "present_over_time", "avg_over_time", "min_over_time",
                     "max_over_time", "sum_over_time", "count_over_time", "last_over_time",
                     "stddev_over_time", "stdvar_over_time"] {
            list.append(.init(name: name, argTypes: [m]))
        }
        return list
    }()
}
