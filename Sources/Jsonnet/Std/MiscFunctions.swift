/// std functions about the evaluation itself: `extVar`, `trace`, `assertEqual`, `native`.
enum MiscFunctions {
    static func register(_ std: StdLibrary) {
        std.add(Builtin("extVar", ["x"]) { a, vm, site throws(RuntimeError) in
            let name = try vm.string(a[0], site).string
            return try vm.externalVariable(name, site: site)
        })
        std.add(Builtin("trace", ["str", "rest"]) { a, vm, site throws(RuntimeError) in
            let s = try vm.string(a[0], site)
            let loc = site.range.file.location(of: Int(site.range.start))
            vm.traceOutput("TRACE: \(site.range.file.path):\(loc.line) \(s.string)\n")
            return a[1]
        })
        std.add(Builtin("assertEqual", ["a", "b"]) { a, vm, site throws(RuntimeError) in
            if case .function = a[0], case .function = a[1] {
                throw vm.stdError("Cannot test equality of functions", in: .assertEqualFunctions, calledFrom: site)
            }
            if try Operators.equals(a[0], a[1], vm, site: site) { return .true }
            let l = try JSONWriter.toString(a[0], vm, quoteStrings: true)
            let r = try JSONWriter.toString(a[1], vm, quoteStrings: true)
            throw vm.stdError("Assertion failed. \(l) != \(r)", in: .assertEqualFailed, calledFrom: site)
        })
    }
}
