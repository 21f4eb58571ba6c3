/// std object functions: `objectFields`, `objectHas`, `objectFieldsAll`, `objectHasAll` …
enum ObjectFunctions {
    static func register(_ std: StdLibrary) {
        func names(_ ids: [Int32], _ vm: Evaluator) -> Value {
            .array(ArrayValue(values: ids.map { .string(vm.names.jstring($0)) }))
        }
        std.add(Builtin("objectFields", ["o"]) { a, vm, site throws(RuntimeError) in
            guard case .object(let o) = a[0] else {
                throw vm.stdError("Unexpected type \(a[0].typeName), expected object", in: .objectFields, calledFrom: site)
            }
            return names(o.visibleFields(vm), vm)
        })
        std.add(Builtin("objectFieldsAll", ["o"]) { a, vm, site throws(RuntimeError) in
            names(try vm.object(a[0], site).allFields(vm), vm)
        })
        std.add(Builtin("objectHas", ["o", "f"]) { a, vm, site throws(RuntimeError) in
            guard case .object(let o) = a[0] else {
                throw vm.stdError("Unexpected type \(a[0].typeName), expected object", in: .objectHas, calledFrom: site)
            }
            guard case .string(let s) = a[1] else {
                throw vm.stdError("Unexpected type \(a[1].typeName), expected string", in: .objectHas, calledFrom: site)
            }
            return .bool(o.isVisible(vm.names.id(s)) == true)
        })
        std.add(Builtin("objectHasAll", ["o", "f"]) { a, vm, site throws(RuntimeError) in
            let o = try vm.object(a[0], site), s = try vm.string(a[1], site)
            return .bool(o.hasField(vm.names.id(s)))
        })
    }
}
