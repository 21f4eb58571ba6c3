/// `std.format` and the `%` operator on strings (Python-style conversions).
enum Format {
    static func format(_ fmt: String, _ values: Value, _ vm: Evaluator, site: Node) throws(RuntimeError) -> String {
        throw vm.error("std.format is not implemented yet", at: site)
    }
}
