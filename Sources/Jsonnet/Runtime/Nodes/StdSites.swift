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
    case sliceNegativeStep = "<std>:(232:5)-(246:66)"
    case sliceZeroStep = "<std>:(233:5)-(246:66)"
    case sliceNotIndexable = "<std>:(234:5)-(246:66)"
    case sliceStepType = "<std>:232:12-27"
    case mapCall = "<std>:280:50-62"
}

extension Evaluator {
    /// An error raised inside go-jsonnet's Jsonnet std library function called from `site`.
    /// `desugared`: the call comes from an operator (`%`, `in`), which shows no context.
    func stdError(_ message: String, in std: StdSite, calledFrom site: Node, desugared: Bool = false) -> RuntimeError {
        stdError(message, frames: [(std.rawValue, std.context)], calledFrom: site, desugared: desugared)
    }

    /// An error whose trace starts with several std-library frames (innermost first).
    func stdError(_ message: String, frames: [(String, String)], calledFrom site: Node, desugared: Bool = false) -> RuntimeError {
        var lines = frames.map { TraceLine(location: $0.0, name: $0.1) }
        lines.append(TraceLine(location: site.traceLine.location, name: desugared ? "" : (site.context?.text ?? "")))
        lines.append(contentsOf: traceLines(errorSite: nil))
        return RuntimeError(message: message, trace: lines)
    }
}

extension StdSite {
    /// The context go-jsonnet prints beside this location.
    var context: String {
        switch self {
        case .sliceNegativeStep, .sliceZeroStep, .sliceNotIndexable: return ""
        default: return "function <anonymous>"
        }
    }

    /// A site node for this location (for stack entries of emulated std calls).
    var node: SiteNode { SiteNode(fixedLocation: rawValue, context: TraceName(context)) }
}
