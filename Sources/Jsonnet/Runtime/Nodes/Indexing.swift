/// `target[index]`, and `target.name` when `constant` is set.
final class IndexNode: Node {
    let target: Node
    let index: Node?
    /// For `target.name` and `target['name']`: the interned name.
    let constant: Int32
    let constantString: JString?

    init(target: Node, index: Node, _ range: SourceRange) {
        self.target = target
        self.index = index
        self.constant = -1
        self.constantString = nil
        super.init(range)
    }

    init(target: Node, name: Int32, string: JString, _ range: SourceRange) {
        self.target = target
        self.index = nil
        self.constant = name
        self.constantString = string
        super.init(range)
    }

    override func eval(_ f: Frame, _ vm: Evaluator) throws(RuntimeError) -> Value {
        let t = try target.eval(f, vm)
        if constant >= 0, case .object(let o) = t {
            guard let v = try o.field(constant, vm, site: self) else {
                try o.checkAssertionsBeforeMissingField(vm, site: self)
                throw vm.error("Field does not exist: \(vm.names.string(constant))", at: self)
            }
            return v
        }
        let i: Value
        if let c = constantString { i = .string(c) } else { i = try index.unsafelyUnwrapped.eval(f, vm) }
        return try IndexNode.index(t, i, vm, site: self)
    }

    /// `t[i]` for any values.
    static func index(_ t: Value, _ i: Value, _ vm: Evaluator, site: Node) throws(RuntimeError) -> Value {
        switch t {
        case .object(let o):
            guard case .string(let s) = i else { throw vm.typeError(i, expected: "string", at: site) }
            guard let v = try o.field(vm.names.id(s), vm, site: site) else {
                try o.checkAssertionsBeforeMissingField(vm, site: site)
                throw vm.error("Field does not exist: \(s.string)", at: site)
            }
            return v
        case .array(let a):
            guard case .number(let d) = i else { throw vm.typeError(i, expected: "number", at: site) }
            let n = try integerIndex(d, count: a.count, vm, site)
            return try a.value(n, vm, site: site)
        case .string(let s):
            guard case .number(let d) = i else { throw vm.typeError(i, expected: "number", at: site) }
            let n = try integerIndex(d, count: s.scalarCount, vm, site)
            return .string(JString(String(Character(s.scalar(at: n)))))
        default:
            throw vm.error("Value non indexable: \(goTypeName(t))", at: site)
        }
    }

    private static func integerIndex(_ d: Double, count: Int, _ vm: Evaluator, _ site: Node) throws(RuntimeError) -> Int {
        let i = Operators.goInt64(d)
        guard i >= 0 && i < Int64(count) else {
            throw vm.error("Index \(i) out of bounds, not within [0, \(count))", at: site)
        }
        return Int(i)
    }
}

/// go-jsonnet's internal type names, which leak into the "non indexable" message.
func goTypeName(_ v: Value) -> String {
    switch v {
    case .null: return "*jsonnet.valueNull"
    case .bool: return "*jsonnet.valueBoolean"
    case .number: return "*jsonnet.valueNumber"
    case .string: return "*jsonnet.valueString"
    case .array: return "*jsonnet.valueArray"
    case .object: return "*jsonnet.valueObject"
    case .function: return "*jsonnet.valueFunction"
    }
}

/// `target[begin:end:step]`.
final class SliceNode: Node {
    let target: Node
    let begin: Node?
    let end: Node?
    let step: Node?

    init(target: Node, begin: Node?, end: Node?, step: Node?, _ range: SourceRange) {
        self.target = target
        self.begin = begin
        self.end = end
        self.step = step
        super.init(range)
    }

    /// go-jsonnet's slice is a call of its std.slice with lazy arguments, which looks at the
    /// step first; evaluating in that order gives the same first error.
    override func eval(_ f: Frame, _ vm: Evaluator) throws(RuntimeError) -> Value {
        let s = try operand(step, StdOperandFrames.sliceStep, f, vm)
        try Slicing.checkStep(s, vm, site: self, desugared: true)
        let t = try vm.withStdFrames(StdOperandFrames.sliceTarget, calledFrom: self) { () throws(RuntimeError) -> Value in
            try target.eval(f, vm)
        }
        let b = try operand(begin, StdOperandFrames.sliceBegin, f, vm)
        let e = try operand(end, StdOperandFrames.sliceEnd, f, vm)
        return try Slicing.slice(t, b, e, s, vm, site: self, desugared: true)
    }

    /// A bound or the step: null when omitted; evaluated as go-jsonnet's std.slice does.
    @inline(__always)
    private func operand(_ n: Node?, _ frames: [(String, String)], _ f: Frame, _ vm: Evaluator) throws(RuntimeError) -> Value {
        guard let n = n else { return .null }
        if let c = n as? ConstNode { return c.value }
        return try vm.withStdFrames(frames, calledFrom: self) { () throws(RuntimeError) -> Value in try n.eval(f, vm) }
    }
}

/// `std.slice` semantics, shared by the slice syntax and the std function. go-jsonnet's slice
/// is Jsonnet code in its std library: indices step as numbers (`[0.5:3.7]` takes elements
/// 0…3), negative bounds count from the end, and errors carry that code's frames.
enum Slicing {
    /// The checks go-jsonnet makes on the step before it looks at anything else: its type, and
    /// that it is not zero (a negative step is reported later, with the bounds).
    static func checkStep(_ s: Value, _ vm: Evaluator, site: Node, desugared: Bool) throws(RuntimeError) {
        switch s {
        case .null: return
        case .number(let d):
            if d == 0 {
                throw vm.stdError("got \(NumberFormat.goShortest(d)) but step must be greater than 0", in: .sliceZeroStep,
                                  calledFrom: site, desugared: desugared)
            }
        default:
            throw vm.stdError(Operators.compareMessage(s, .number(0)), in: .sliceStepType, calledFrom: site, desugared: desugared)
        }
    }

    static func slice(_ t: Value, _ b: Value, _ e: Value, _ s: Value, _ vm: Evaluator, site: Node,
                      desugared: Bool) throws(RuntimeError) -> Value {
        // The step is checked first, then the indexable, then the bounds.
        var step = 1.0
        switch s {
        case .null: break
        case .number(let d): step = d
        default:
            throw vm.stdError(Operators.compareMessage(s, .number(0)), in: .sliceStepType, calledFrom: site, desugared: desugared)
        }
        let length: Int
        switch t {
        case .array(let a): length = a.count
        case .string(let str): length = str.scalarCount
        default: length = 0
        }
        func bound(_ v: Value, _ def: Double, begin: Bool) throws(RuntimeError) -> Double {
            switch v {
            case .null: return def
            case .number(let d): return d < 0 ? max(0, Double(length) + d) : d
            default:
                let frames: [(String, String)] = begin
                    ? [("<std>:216:16-25", "object <invar>"), ("<std>:246:54-65", "thunk from <function <anonymous>>"),
                       ("<std>:236:10-13", "function <build>"), ("<std>:246:5-66", "function <anonymous>")]
                    : [("<std>:223:16-23", "object <invar>"), ("<std>:236:17-26", "function <build>"),
                       ("<std>:246:5-66", "function <anonymous>")]
                throw vm.stdError(Operators.compareMessage(v, .number(0)), frames: frames, calledFrom: site, desugared: desugared)
            }
        }
        if step < 0 {
            // go-jsonnet reports the bounds as its slice code computed them: unclamped, the
            // length as std.length gives it.
            let len: Double
            switch t {
            case .array, .string: len = Double(length)
            case .object(let o): len = Double(o.visibleFields(vm).count)
            case .function(let fn): len = Double(fn.requiredParameterCount)
            default:
                throw vm.stdError("Unexpected type \(t.typeName)", in: .sliceNegativeStep, calledFrom: site, desugared: desugared)
            }
            func raw(_ v: Value, _ def: Double) throws(RuntimeError) -> Double {
                switch v {
                case .null: return def
                case .number(let d): return d
                default:
                    throw vm.stdError(Operators.compareMessage(v, .number(0)), in: .sliceNegativeStep, calledFrom: site, desugared: desugared)
                }
            }
            let b0 = try raw(b, 0), e0 = try raw(e, len)
            let from = b0 < 0 ? max(0, len + b0) : b0
            let to = e0 < 0 ? len + e0 : e0
            throw vm.stdError("got [\(NumberFormat.json(from)):\(NumberFormat.json(to)):\(NumberFormat.json(step))] but negative steps are not supported",
                              in: .sliceNegativeStep, calledFrom: site, desugared: desugared)
        }
        if step == 0 {
            throw vm.stdError("got \(NumberFormat.goShortest(step)) but step must be greater than 0", in: .sliceZeroStep,
                              calledFrom: site, desugared: desugared)
        }
        switch t {
        case .array, .string: break
        default:
            throw vm.stdError("std.slice accepts a string or an array, but got: \(t.typeName)", in: .sliceNotIndexable,
                              calledFrom: site, desugared: desugared)
        }
        let from = try bound(b, 0, begin: true)
        let to = min(try bound(e, Double(length), begin: false), Double(length))
        switch t {
        case .array(let a):
            var out = ContiguousArray<Lazy>()
            var i = from
            while i < to {
                out.append(a[Int(i)])
                i += step
            }
            return .array(ArrayValue(out))
        case .string(let str):
            var out = String.UnicodeScalarView()
            var i = from
            if str.isASCII {
                let bytes = Array(str.string.utf8)
                while i < to { out.append(Unicode.Scalar(bytes[Int(i)])); i += step }
            } else {
                let sc = str.scalars
                while i < to { out.append(sc[Int(i)]); i += step }
            }
            return .string(JString(String(out)))
        default:
            return .null
        }
    }
}
