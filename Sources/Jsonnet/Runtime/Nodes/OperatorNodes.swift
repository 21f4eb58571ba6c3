/// A binary operator expression. `&&` and `||` short-circuit; `in super` is `InSuperNode`.
final class BinaryNode: Node {
    let op: BinaryOp
    let left: Node
    let right: Node

    init(_ op: BinaryOp, _ left: Node, _ right: Node, _ range: SourceRange) {
        self.op = op
        self.left = left
        self.right = right
        super.init(range)
    }

    override func eval(_ f: Frame, _ vm: Evaluator) throws(RuntimeError) -> Value {
        switch op {
        case .and, .or:
            let l = try left.eval(f, vm)
            guard case .bool(let lb) = l else { throw vm.typeError(l, expected: "boolean", at: self) }
            if op == .and && !lb { return .bool(false) }
            if op == .or && lb { return .bool(true) }
            let r = try right.eval(f, vm)
            guard case .bool(let rb) = r else { throw vm.typeError(r, expected: "boolean", at: self) }
            return .bool(rb)
        default:
            break
        }
        if op == .in {
            // `a in b` is go-jsonnet's `std.objectHasAll(b, a)`: `b` is evaluated first, and
            // errors in either show that function's frames.
            let right = self.right, left = self.left
            let r = try vm.withStdFrames(StdOperandFrames.inObject, calledFrom: self) { () throws(RuntimeError) -> Value in try right.eval(f, vm) }
            let l = try vm.withStdFrames(StdOperandFrames.inName, calledFrom: self) { () throws(RuntimeError) -> Value in try left.eval(f, vm) }
            return try BinaryNode.apply(op, l, r, vm, site: self)
        }
        if op == .mod {
            // `a % b` is go-jsonnet's `std.mod(a, b)`, which evaluates its operands in its own code.
            let right = self.right, left = self.left
            let l = try vm.withStdFrames(StdOperandFrames.modLeft, calledFrom: self) { () throws(RuntimeError) -> Value in try left.eval(f, vm) }
            let frames: [(String, String)]
            switch l {
            case .number: frames = StdOperandFrames.modRightOfNumber
            case .string: frames = StdOperandFrames.modRightOfString
            default: frames = StdOperandFrames.modRightOfOther
            }
            let r = try vm.withStdFrames(frames, calledFrom: self) { () throws(RuntimeError) -> Value in try right.eval(f, vm) }
            return try BinaryNode.apply(op, l, r, vm, site: self)
        }
        let l = try left.eval(f, vm)
        let r = try right.eval(f, vm)
        return try BinaryNode.apply(op, l, r, vm, site: self)
    }

    /// The value of `l op r` for evaluated operands (not `&&` / `||`).
    static func apply(_ op: BinaryOp, _ l: Value, _ r: Value, _ vm: Evaluator, site: Node) throws(RuntimeError) -> Value {
        switch op {
        case .add:
            if case .number(let x) = l, case .number(let y) = r { return try Operators.checked(x + y, vm, site) }
            return try Operators.add(l, r, vm, site: site)
        case .sub:
            let (x, y) = try Operators.numbers(l, r, vm, site)
            return try Operators.checked(x - y, vm, site)
        case .mul:
            let (x, y) = try Operators.numbers(l, r, vm, site)
            return try Operators.checked(x * y, vm, site)
        case .div:
            let (x, y) = try Operators.numbers(l, r, vm, site)
            return try Operators.divide(x, y, vm, site)
        case .mod:
            // go-jsonnet runs `%` through `std.mod` of its Jsonnet std library; errors show that frame.
            switch (l, r) {
            case (.number(let x), .number(let y)):
                if y == 0 { throw vm.stdError("Division by zero.", in: .modDivision, calledFrom: site, desugared: true) }
                return try Operators.checked(x.truncatingRemainder(dividingBy: y), vm, site)
            case (.string(let s), _):
                return .string(JString(try Format.format(s.string, r, vm, site: site)))
            default:
                throw vm.stdError("Operator % cannot be used on types \(l.typeName) and \(r.typeName).", in: .modTypes, calledFrom: site, desugared: true)
            }
        case .eq: return .bool(try Operators.equals(l, r, vm, site: site))
        case .notEq: return .bool(!(try Operators.equals(l, r, vm, site: site)))
        case .less:
            if case .number(let x) = l, case .number(let y) = r { return .bool(x < y) }
            return .bool(try Operators.compare(l, r, vm, site: site) < 0)
        case .lessEq:
            if case .number(let x) = l, case .number(let y) = r { return .bool(x <= y) }
            return .bool(try Operators.compare(l, r, vm, site: site) <= 0)
        case .greater:
            if case .number(let x) = l, case .number(let y) = r { return .bool(x > y) }
            return .bool(try Operators.compare(l, r, vm, site: site) > 0)
        case .greaterEq:
            if case .number(let x) = l, case .number(let y) = r { return .bool(x >= y) }
            return .bool(try Operators.compare(l, r, vm, site: site) >= 0)
        case .in:
            // `a in b` is `std.objectHasEx(b, a, true)` in go-jsonnet.
            guard case .object(let o) = r else {
                throw vm.stdError("Unexpected type \(r.typeName), expected object", in: .objectHasEx, calledFrom: site, desugared: true)
            }
            guard case .string(let s) = l else {
                throw vm.stdError("Unexpected type \(l.typeName), expected string", in: .objectHasEx, calledFrom: site, desugared: true)
            }
            return .bool(o.hasField(vm.names.id(s)))
        case .bitAnd, .bitOr, .bitXor, .shiftL, .shiftR:
            return try Operators.bitwise(op, l, r, vm, site)
        case .and, .or:
            guard case .bool(let lb) = l else { throw vm.typeError(l, expected: "boolean", at: site) }
            guard case .bool(let rb) = r else { throw vm.typeError(r, expected: "boolean", at: site) }
            return .bool(op == .and ? lb && rb : lb || rb)
        }
    }
}

/// A unary operator expression.
final class UnaryNode: Node {
    let op: UnaryOp
    let operand: Node

    init(_ op: UnaryOp, _ operand: Node, _ range: SourceRange) {
        self.op = op
        self.operand = operand
        super.init(range)
    }

    override func eval(_ f: Frame, _ vm: Evaluator) throws(RuntimeError) -> Value {
        let v = try operand.eval(f, vm)
        switch op {
        case .not:
            guard case .bool(let b) = v else { throw vm.typeError(v, expected: "boolean", at: self) }
            return .bool(!b)
        case .minus:
            guard case .number(let d) = v else { throw vm.typeError(v, expected: "number", at: self) }
            return .number(-d)
        case .plus:
            guard case .number = v else { throw vm.typeError(v, expected: "number", at: self) }
            return v
        case .bitNot:
            // No range check here, unlike the binary bitwise operators.
            guard case .number(let d) = v else { throw vm.typeError(v, expected: "number", at: self) }
            return .number(Double(~Operators.goInt64(d)))
        }
    }
}
