/// The semantics of Jsonnet's operators on values, shared by the evaluator and the std library.
enum Operators {
    /// `a + b`: numbers add, strings concatenate (converting the other side), arrays concatenate,
    /// objects inherit.
    static func add(_ a: Value, _ b: Value, _ vm: Evaluator, site: Node?) throws(RuntimeError) -> Value {
        switch (a, b) {
        case (.number(let x), .number(let y)):
            return try checked(x + y, vm, site)
        case (.string(let x), .string(let y)):
            return .string(JString.concat(x, y))
        case (.string(let x), _):
            return .string(JString.concat(x, JString(try stringForConcat(b, vm, site))))
        case (_, .string(let y)):
            return .string(JString.concat(JString(try stringForConcat(a, vm, site)), y))
        case (.array(let x), .array(let y)):
            return .array(ArrayValue.concat(x, y))
        case (.object(let x), .object(let y)):
            return .object(ObjectValue.extend(x, with: y))
        case (.number, _):
            throw vm.typeError(b, expected: "number", at: site)
        case (.array, _):
            throw vm.typeError(b, expected: "array", at: site)
        case (.object, _):
            throw vm.typeError(b, expected: "object", at: site)
        default:
            throw vm.error("Unexpected type \(a.typeName)", at: site)
        }
    }

    /// The string form of the non-string side of `+`; its manifestation shows under the `+`.
    private static func stringForConcat(_ v: Value, _ vm: Evaluator, _ site: Node?) throws(RuntimeError) -> String {
        switch v {
        case .number(let d): return NumberFormat.json(d)
        case .null: return "null"
        case .bool(let b): return b ? "true" : "false"
        default:
            try vm.push(site: site)
            defer { vm.pop() }
            return try JSONWriter.toString(v, vm)
        }
    }

    /// A numeric result, or go-jsonnet's error for infinity / NaN.
    @inline(__always)
    static func checked(_ r: Double, _ vm: Evaluator, _ site: Node?) throws(RuntimeError) -> Value {
        if r.isFinite { return .number(r) }
        if r.isNaN { throw vm.error("Not a number", at: site) }
        throw vm.error("Overflow", at: site)
    }

    /// Both operands as numbers, for arithmetic.
    @inline(__always)
    static func numbers(_ a: Value, _ b: Value, _ vm: Evaluator, _ site: Node?) throws(RuntimeError) -> (Double, Double) {
        guard case .number(let x) = a else { throw vm.typeError(a, expected: "number", at: site) }
        guard case .number(let y) = b else { throw vm.typeError(b, expected: "number", at: site) }
        return (x, y)
    }

    static func divide(_ x: Double, _ y: Double, _ vm: Evaluator, _ site: Node?) throws(RuntimeError) -> Value {
        if y == 0 { throw vm.error("Division by zero.", at: site) }
        return try checked(x / y, vm, site)
    }

    static func modulo(_ x: Double, _ y: Double, _ vm: Evaluator, _ site: Node?) throws(RuntimeError) -> Value {
        if y == 0 { throw vm.error("Division by zero.", at: site) }
        return try checked(x.truncatingRemainder(dividingBy: y), vm, site)
    }

    static let safeIntegerLimit = 9_007_199_254_740_991.0

    /// Go's `int64(d)` on amd64: truncation, and the minimum value for NaN or out of range.
    @inline(__always)
    static func goInt64(_ d: Double) -> Int64 {
        guard d.isFinite, d >= -9.223372036854775808e18, d < 9.223372036854775808e18 else { return Int64.min }
        return Int64(d)
    }

    /// A bitwise operand: a number within ±(2^53 − 1), truncated to an integer.
    static func bitwiseOperand(_ v: Value, _ vm: Evaluator, _ site: Node?) throws(RuntimeError) -> Int64 {
        guard case .number(let d) = v else { throw vm.typeError(v, expected: "number", at: site) }
        if d < -safeIntegerLimit || d > safeIntegerLimit {
            throw vm.error("Bitwise operator argument \(NumberFormat.goShortest(d)) outside of range [-9007199254740991, 9007199254740991]", at: site)
        }
        return Int64(d)
    }

    static func bitwise(_ op: BinaryOp, _ a: Value, _ b: Value, _ vm: Evaluator, _ site: Node?) throws(RuntimeError) -> Value {
        // Both types are checked before either range.
        guard case .number(let dx) = a else { throw vm.typeError(a, expected: "number", at: site) }
        guard case .number(let dy) = b else { throw vm.typeError(b, expected: "number", at: site) }
        if (op == .shiftL || op == .shiftR) && dy < 0 { throw vm.error("Shift by negative exponent.", at: site) }
        let x = try bitwiseOperand(a, vm, site)
        let y = try bitwiseOperand(b, vm, site)
        switch op {
        case .bitAnd: return .number(Double(x & y))
        case .bitOr: return .number(Double(x | y))
        case .bitXor: return .number(Double(x ^ y))
        case .shiftL: return .number(Double(x &<< y))
        default: return .number(Double(x &>> y))
        }
    }

    /// Deep equality (`==`): values of different types are unequal; functions cannot be compared.
    static func equals(_ a: Value, _ b: Value, _ vm: Evaluator, site: Node?) throws(RuntimeError) -> Bool {
        switch (a, b) {
        case (.null, .null): return true
        case (.bool(let x), .bool(let y)): return x == y
        case (.number(let x), .number(let y)): return x == y
        case (.string(let x), .string(let y)): return JString.equal(x, y)
        case (.array(let x), .array(let y)):
            if x === y { return true }
            if x.count != y.count { return false }
            for i in 0..<x.count {
                let ex = try x.value(i, vm, site: site)
                let ey = try y.value(i, vm, site: site)
                if !(try equals(ex, ey, vm, site: site)) { return false }
            }
            return true
        case (.object(let x), .object(let y)):
            let fx = x.visibleFields(vm)
            let fy = y.visibleFields(vm)
            if fx != fy { return false }
            for name in fx {
                let vx = try x.field(name, vm, site: site)!
                let vy = try y.field(name, vm, site: site)!
                if !(try equals(vx, vy, vm, site: site)) { return false }
            }
            return true
        case (.function, .function):
            throw vm.error("Cannot test equality of functions", at: site)
        default:
            return false
        }
    }

    /// Ordering for `<` `<=` `>` `>=`: numbers, strings (by code point) and arrays (lexicographic).
    static func compare(_ a: Value, _ b: Value, _ vm: Evaluator, site: Node?) throws(RuntimeError) -> Int {
        switch (a, b) {
        case (.number(let x), .number(let y)):
            return x < y ? -1 : (x > y ? 1 : 0)
        case (.string(let x), .string(let y)):
            return JString.compare(x, y)
        case (.array(let x), .array(let y)):
            let n = min(x.count, y.count)
            for i in 0..<n {
                let c = try compare(try x.value(i, vm, site: site), try y.value(i, vm, site: site), vm, site: site)
                if c != 0 { return c }
            }
            return x.count < y.count ? -1 : (x.count > y.count ? 1 : 0)
        default:
            throw compareError(a, b, vm, site: site)
        }
    }

    /// The error for values `<` cannot order: when the left side is orderable, the right side
    /// is reported as not of the left's type; otherwise the left side's type is.
    static func compareError(_ a: Value, _ b: Value, _ vm: Evaluator, site: Node?) -> RuntimeError {
        switch a {
        case .number, .string, .array:
            return vm.typeError(b, expected: a.typeName, at: site)
        default:
            return vm.error("Unexpected type \(a.typeName)", at: site)
        }
    }

    /// The message of `compareError`, for errors raised at emulated std locations.
    static func compareMessage(_ a: Value, _ b: Value) -> String {
        switch a {
        case .number, .string, .array:
            return "Unexpected type \(b.typeName), expected \(a.typeName)"
        default:
            return "Unexpected type \(a.typeName)"
        }
    }

    /// The text of an `error` or `assert` message value: strings raw, others as compact JSON.
    static func message(_ v: Value, _ vm: Evaluator) throws(RuntimeError) -> String {
        try JSONWriter.toString(v, vm)
    }
}

/// See `Operators.message`.
func errorMessage(_ v: Value, _ vm: Evaluator) throws(RuntimeError) -> String {
    try Operators.message(v, vm)
}
