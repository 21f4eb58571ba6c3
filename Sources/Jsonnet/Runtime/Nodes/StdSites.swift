/// Places in go-jsonnet's own std library (written in Jsonnet) that its error traces point
/// at. go-jsonnet implements some operators and std functions in Jsonnet, so their errors
/// carry a `<std>:line:col` frame and a caller line without a context; stackc implements them
/// natively and adds the same lines to match its output.
enum StdSite: String {
    case modDivision = "<std>:259:7-23"
    case modTypes = "<std>:263:7-94"
    case objectHasEx = "<std>:1579:5-32"
    case objectFields = "<std>:1570:5-33"
    case objectHas = "<std>:1576:5-33"
    case mapFunction = "<std>:276:7-76"
    case mapArray = "<std>:278:7-82"
    case assertEqualFunctions = "<std>:858:8-14"
    case assertEqualFailed = "<std>:861:7-56"
}

extension Evaluator {
    /// An error raised inside go-jsonnet's Jsonnet std library function called from `site`.
    func stdError(_ message: String, in std: StdSite, calledFrom site: Node) -> RuntimeError {
        var lines = [TraceLine(location: std.rawValue, name: "function <anonymous>"),
                     TraceLine(location: site.range.description, name: "")]
        lines.append(contentsOf: traceLines(errorSite: nil))
        return RuntimeError(message: message, trace: lines)
    }
}
